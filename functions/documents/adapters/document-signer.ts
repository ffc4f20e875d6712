import type { DocumentSigner } from '#documents/domain/ports';
import { requireEnv } from '#kernel/adapters/env';
import { RESOURCE_ENV } from '#kernel/resources';
import { kmsSigner } from './kms-signer';

let signer = kmsSigner(requireEnv(RESOURCE_ENV.signing));

/** The agency's signing key in KMS, or the signer the local stack put in its place (useSigner). */
export const documentSigner: DocumentSigner = {
  sign: (digest, reference) => signer.sign(digest, reference),
  recover: (reference) => signer.recover(reference),
  verify: (digest, signature, keyId) => signer.verify(digest, signature, keyId),
  publicKey: (keyId) => signer.publicKey(keyId),
};

/** Lets the local stack sign with a key of its own (infra/local/local-signer.ts) instead of KMS. */
export function useSigner(replacement: DocumentSigner): void {
  signer = replacement;
}
