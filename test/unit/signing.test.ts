import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, numberingSchema } from '#domain/numbering';
import type { DocumentSigner } from '#domain/ports';
import { sniffContentType } from '#domain/uploads';
import { signDigest } from '#domain/use-cases/sign-digest';
import { memoryLedger, testClock } from '#kit/fakes';

const DIGEST = 'ab'.repeat(32);

/** A ledger in memory, and a signer that counts its acts and can lose its answer. */
function signingWorld(options: { recovered?: Uint8Array } = {}) {
  const { ledger, records } = memoryLedger();
  const acts: string[] = [];
  let loseNextAnswer = false;
  const signer: DocumentSigner = {
    async sign(_digest, reference) {
      acts.push(`sign ${reference}`);
      if (loseNextAnswer) {
        loseNextAnswer = false;
        throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
      }
      return { keyId: 'key-1', signature: new Uint8Array([1, 2, 3]) };
    },
    async recover(reference) {
      acts.push(`recover ${reference}`);
      return options.recovered && { keyId: 'key-1', signature: options.recovered };
    },
    verify: async () => true,
    publicKey: async () => '',
  };
  const deps = { signer, ledger, clock: testClock('2026-11-23T03:00:00Z') };
  return { deps, acts, records, loseAnswer: () => (loseNextAnswer = true) };
}

describe('signDigest', () => {
  it('signs a digest once: a second request returns the first signature without a new act', async () => {
    const world = signingWorld();
    const first = await signDigest(world.deps, DIGEST, 'doc-1');
    const again = await signDigest(world.deps, DIGEST, 'doc-1');
    expect(again).toEqual(first);
    expect(first).toMatchObject({ keyId: 'key-1', value: Buffer.from([1, 2, 3]).toString('base64') });
    expect(world.acts).toEqual(['sign doc-1']);
    expect(world.records.get(DIGEST)?.status).toBe('SIGNED');
  });

  it('after an attempt with an unknown outcome, asks the provider before signing again', async () => {
    const world = signingWorld();
    world.loseAnswer();
    await expect(signDigest(world.deps, DIGEST, 'doc-1')).rejects.toThrow('socket hang up');
    expect(world.records.get(DIGEST)?.status).toBe('PENDING');
    await signDigest(world.deps, DIGEST, 'doc-1');
    expect(world.acts).toEqual(['sign doc-1', 'recover doc-1', 'sign doc-1']);
  });

  it('takes the signature the provider kept rather than signing twice', async () => {
    const world = signingWorld({ recovered: new Uint8Array([9, 9]) });
    world.loseAnswer();
    await expect(signDigest(world.deps, DIGEST, 'doc-1')).rejects.toThrow();
    const signed = await signDigest(world.deps, DIGEST, 'doc-1');
    expect(signed.value).toBe(Buffer.from([9, 9]).toString('base64'));
    expect(world.acts).toEqual(['sign doc-1', 'recover doc-1']);
  });
});

describe('document numbers', () => {
  const numbering = numberingSchema.parse({
    pattern: '{code}/{seq:3}/419.44/{romanMonth}/{year}',
    codes: { DEFAULT: '800', KGB: '822.4' },
  });

  it('fills the agency’s pattern: classification code, padded sequence, Roman month, year', () => {
    expect(formatDocumentNumber(numbering, 'KGB', 7, '2026-11')).toBe('822.4/007/419.44/XI/2026');
    expect(formatDocumentNumber(numbering, 'REJECTION', 1234, '2027-01')).toBe('800/1234/419.44/I/2027');
  });

  it('refuses a pattern without a sequence, or with a token it does not know, naming the known ones', () => {
    expect(numberingSchema.safeParse({ pattern: '{code}/{year}', codes: { DEFAULT: '800' } }).success).toBe(
      false,
    );
    const unknown = numberingSchema.safeParse({ pattern: '{seq}/{bulan}', codes: { DEFAULT: '800' } });
    expect(unknown.error?.issues[0]?.message).toContain('{romanMonth}');
    expect(numberingSchema.safeParse({ pattern: '{seq}', codes: { KGB: '822' } }).success).toBe(false);
  });
});

describe('sniffContentType', () => {
  it('tells PDF, PNG and JPEG by their first bytes, and nothing else', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from('<html>%PDF-'))).toBeUndefined();
    expect(sniffContentType(Buffer.from('%PD'))).toBeUndefined();
  });
});
