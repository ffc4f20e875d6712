import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { DocumentSigner } from '#domain/ports';

/**
 * A P-256 key of the local stack's own, made at start (everything local is fresh per start),
 * signing exactly as the KMS key does: ECDSA with SHA-256 over the 32-byte digest.
 */
export function localSigner(): DocumentSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const keyId = `local-${createHash('sha256').update(pem).digest('hex').slice(0, 16)}`;
  return {
    async sign(digest) {
      return { keyId, signature: sign('sha256', digest, privateKey) };
    },
    async recover() {
      return undefined;
    },
    async verify(digest, signature, id) {
      return id === keyId && verify('sha256', digest, publicKey, signature);
    },
    async publicKey(id) {
      if (id !== keyId) throw new Error(`Unknown signing key ${id}`);
      return pem;
    },
  };
}
