import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import type { DocumentSigner } from '#documents/domain/ports';
import { tracer } from '#kernel/adapters/observability';

/** What the signer sends to KMS: the SDK client in production. */
export interface KmsPort {
  send(command: SignCommand): Promise<{ KeyId?: string; Signature?: Uint8Array }>;
  send(command: GetPublicKeyCommand): Promise<{ PublicKey?: Uint8Array }>;
}

/**
 * The agency's signing key in AWS KMS (ECC_NIST_P256, created by the stack; only the issuing
 * function may sign with it). KMS signs the 32-byte digest as its message with ECDSA_SHA_256,
 * and keeps no record of signatures: there is nothing to recover after a lost answer.
 */
export function kmsSigner(
  keyId: string,
  kms: KmsPort = tracer.captureAWSv3Client(new KMSClient({})) as KmsPort,
): DocumentSigner {
  const publicKeys = new Map<string, Promise<KeyObject>>();
  const publicKeyOf = (id: string) => {
    let key = publicKeys.get(id);
    if (!key) {
      key = kms.send(new GetPublicKeyCommand({ KeyId: id })).then((answer) => {
        if (!answer.PublicKey) throw new Error(`KMS returned no public key for ${id}`);
        return createPublicKey({ key: Buffer.from(answer.PublicKey), format: 'der', type: 'spki' });
      });
      publicKeys.set(id, key);
    }
    return key;
  };
  return {
    async sign(digest) {
      const answer = await kms.send(
        new SignCommand({
          KeyId: keyId,
          Message: digest,
          MessageType: 'RAW',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      );
      if (!answer.Signature || !answer.KeyId) throw new Error('KMS returned no signature');
      return { keyId: answer.KeyId, signature: answer.Signature };
    },
    async recover() {
      return undefined;
    },
    async verify(digest, signature, id) {
      return verify('sha256', digest, await publicKeyOf(id), signature);
    },
    async publicKey(id) {
      return (await publicKeyOf(id)).export({ format: 'pem', type: 'spki' }).toString();
    },
  };
}
