import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { type GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { type KmsPort, kmsSigner } from '#documents/adapters/kms-signer';

const KEY_ARN = 'arn:aws:kms:ap-southeast-3:123456789012:key/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

/**
 * KMS as its API documents it, backed by a P-256 key in memory: Sign with MessageType RAW
 * hashes the message with SHA-256 and returns a DER signature; GetPublicKey returns DER SPKI.
 * No local KMS exists to answer instead, so the adapter's requests are checked here.
 */
function kms() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const requests: unknown[] = [];
  const port = {
    async send(command: SignCommand | GetPublicKeyCommand) {
      requests.push(command.input);
      if (command instanceof SignCommand) {
        return { KeyId: KEY_ARN, Signature: sign('sha256', command.input.Message as Uint8Array, privateKey) };
      }
      return { PublicKey: publicKey.export({ format: 'der', type: 'spki' }) };
    },
  } as KmsPort;
  return { port, requests, publicKey };
}

describe('kmsSigner', () => {
  const digest = createHash('sha256').update('isi dokumen').digest();

  it('asks KMS to sign the 32-byte digest as a raw message with ECDSA_SHA_256', async () => {
    const fake = kms();
    const signed = await kmsSigner(KEY_ARN, fake.port).sign(digest, 'doc-1');
    expect(fake.requests[0]).toEqual({
      KeyId: KEY_ARN,
      Message: digest,
      MessageType: 'RAW',
      SigningAlgorithm: 'ECDSA_SHA_256',
    });
    expect(signed.keyId).toBe(KEY_ARN);
    expect(verify('sha256', digest, fake.publicKey, signed.signature)).toBe(true);
  });

  it('checks signatures against the public key KMS gives, fetched once, and publishes it as PEM', async () => {
    const fake = kms();
    const signer = kmsSigner(KEY_ARN, fake.port);
    const { signature } = await signer.sign(digest, 'doc-1');
    expect(await signer.verify(digest, signature, KEY_ARN)).toBe(true);
    const other = createHash('sha256').update('isi yang diubah').digest();
    expect(await signer.verify(other, signature, KEY_ARN)).toBe(false);
    expect(await signer.publicKey(KEY_ARN)).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(fake.requests.filter((request) => !('Message' in (request as object)))).toHaveLength(1);
  });

  it('has nothing to recover after a lost answer: KMS keeps no record of signatures', async () => {
    expect(await kmsSigner(KEY_ARN, kms().port).recover('doc-1')).toBeUndefined();
  });
});
