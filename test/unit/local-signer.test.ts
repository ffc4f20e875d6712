import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { localSigner, memoryKeyStore } from '#local/local-signer';

const digest = createHash('sha256').update('surat keputusan').digest();

describe('localSigner', () => {
  it('keeps its key in its store: another signer over the same store (a restored stack) verifies what it signed', async () => {
    const store = memoryKeyStore();
    const { keyId, signature } = await localSigner(store).sign(digest, 'dokumen-1');
    const restored = localSigner(store);
    expect(await restored.verify(digest, signature, keyId)).toBe(true);
    expect(await restored.publicKey(keyId)).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect((await restored.sign(digest, 'dokumen-2')).keyId).toBe(keyId);
  });

  it('makes no key to verify with: a stack that signed nothing holds nothing and verifies nothing', async () => {
    const store = memoryKeyStore();
    const signed = await localSigner().sign(digest, 'dokumen-1');
    expect(await localSigner(store).verify(digest, signed.signature, signed.keyId)).toBe(false);
    expect(await store.get()).toBeUndefined();
  });
});
