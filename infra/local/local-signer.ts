import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { channel } from 'node:diagnostics_channel';
import type { DocumentSigner } from '#documents/domain/ports';

/** A P-256 key pair of the local stack's own, as PEM, and the id documents record it by. */
export interface LocalKey {
  readonly keyId: string;
  /** PKCS#8 PEM. */
  readonly privateKey: string;
  /** SPKI PEM, as published for offline checks. */
  readonly publicKey: string;
}

/** Where the local key is kept: made once, read each time (a restore may have brought another). */
export interface LocalKeyStore {
  get(): Promise<LocalKey | undefined>;
  /** Keeps `key` unless a key is kept already; false then. */
  create(key: LocalKey): Promise<boolean>;
}

/** Each signature is told here, as KMS would bill a Sign request (the local stack's meter counts them). */
const signatures = channel('layanan-asn-terpadu:sign');

function newLocalKey(): LocalKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  return {
    keyId: `local-${createHash('sha256').update(publicPem).digest('hex').slice(0, 16)}`,
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: publicPem,
  };
}

/** A store in memory: the key lives as long as the process (unit tests). */
export function memoryKeyStore(): LocalKeyStore {
  let kept: LocalKey | undefined;
  return {
    get: async () => kept,
    async create(key) {
      if (kept) return false;
      kept = key;
      return true;
    },
  };
}

/**
 * Signs exactly as the KMS key does (ECDSA with SHA-256 over the 32-byte digest) with a key of
 * the local stack's own, made at the first signature and kept in `store`. Verifying reads the
 * kept key and never makes one: a stack that has signed nothing holds nothing, so a backup can be
 * restored into it with its own key.
 */
export function localSigner(store: LocalKeyStore = memoryKeyStore()): DocumentSigner {
  async function signingKey(): Promise<LocalKey> {
    const kept = await store.get();
    if (kept) return kept;
    const made = newLocalKey();
    if (await store.create(made)) return made;
    const raced = await store.get();
    if (!raced) throw new Error('The local signing key could not be kept');
    return raced;
  }
  return {
    async sign(digest) {
      const key = await signingKey();
      signatures.publish(key.keyId);
      return { keyId: key.keyId, signature: sign('sha256', digest, key.privateKey) };
    },
    async recover() {
      return undefined;
    },
    async verify(digest, signature, id) {
      const key = await store.get();
      return key?.keyId === id && verify('sha256', digest, key.publicKey, signature);
    },
    async publicKey(id) {
      const key = await store.get();
      if (key?.keyId !== id) throw new Error(`Unknown signing key ${id}`);
      return key.publicKey;
    },
  };
}
