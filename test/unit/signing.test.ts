import { describe, expect, it } from 'vitest';
import { DOCUMENT_SERIES, formatDocumentNumber, numberingSchema } from '#documents/domain/numbering';
import type { DocumentSigner } from '#documents/domain/ports';
import { signDigest } from '#documents/use-cases/sign-digest';
import { sniffContentType } from '#files/domain/uploads';
import { loadAgencyConfig } from '#infra/config';
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
    codes: {
      ...Object.fromEntries(DOCUMENT_SERIES.map((series, index) => [series, `8${index}`])),
      DEFAULT: '800',
    },
  });
  const onlyDefault = { pattern: '{code}/{seq}/{year}', codes: { DEFAULT: '800' } };

  it('fills the agency’s pattern: classification code, padded sequence, Roman month, year', () => {
    expect(formatDocumentNumber(numbering, 'KGB', 7, '2026-11')).toBe('81/007/419.44/XI/2026');
    expect(formatDocumentNumber(numbering, 'REJECTION', 1234, '2027-01')).toBe('815/1234/419.44/I/2027');
  });

  it('refuses a pattern without a sequence, or with a token it does not know, naming the known ones', () => {
    expect(numberingSchema.safeParse({ ...onlyDefault, pattern: '{series}/{year}' }).success).toBe(false);
    const unknown = numberingSchema.safeParse({ ...onlyDefault, pattern: '{seq}/{bulan}/{year}' });
    expect(unknown.error?.issues[0]?.message).toContain('{romanMonth}');
    expect(
      numberingSchema.safeParse({ pattern: '{seq}/{series}/{year}', codes: { KGB: '822' } }).success,
    ).toBe(false);
  });

  it('refuses a configuration where two series can print the same number, naming the series', () => {
    const shared = numberingSchema.safeParse(onlyDefault);
    expect(shared.error?.issues[0]).toMatchObject({
      path: ['codes', 'KGB'],
      message: expect.stringContaining('kode klasifikasi 800 sudah dipakai seri KP (mengikuti DEFAULT)'),
    });
    const twice = numberingSchema.safeParse({
      pattern: '{code}/{seq}/{year}',
      codes: { ...numbering.codes, CUTI: '81' },
    });
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['codes.CUTI']);
    expect(twice.error?.issues[0]?.message).toContain('sudah dipakai seri KGB');
    const noCode = numberingSchema.safeParse({ ...numbering, pattern: '{seq}/BKPSDM/{year}' });
    expect(noCode.error?.issues[0]).toMatchObject({
      path: ['pattern'],
      message: expect.stringContaining('{code} atau {series}'),
    });
    // The service code in the number tells the series apart, whatever the codes.
    expect(
      numberingSchema.safeParse({ ...onlyDefault, pattern: '{code}/{seq}/{series}/{year}' }).success,
    ).toBe(true);
  });

  it('refuses a pattern whose numbers would repeat: without the year, or with tokens that run together', () => {
    const noYear = numberingSchema.safeParse({ ...numbering, pattern: '{code}/{seq}/BKPSDM' });
    expect(noYear.error?.issues[0]?.message).toContain('pola harus memuat {year}');
    // 80 + 012 and 800 + 12 would both print 80012.
    const runTogether = numberingSchema.safeParse({ ...numbering, pattern: '{code}{seq:3}/{year}' });
    expect(runTogether.error?.issues[0]?.message).toContain('dipisahkan');
    expect(numberingSchema.safeParse({ ...numbering, pattern: '{code}-{seq}.{year}' }).success).toBe(false);
    expect(numberingSchema.safeParse({ ...numbering, pattern: '{code} {seq} {year}' }).success).toBe(true);
  });

  it('numbers every series of the demo agency differently: one number, one document, in the agency and year', () => {
    const demo = loadAgencyConfig('demo').documents.numbering;
    const numbers = DOCUMENT_SERIES.map((series) => formatDocumentNumber(demo, series, 1, '2026-12'));
    expect(new Set(numbers).size).toBe(DOCUMENT_SERIES.length);
    expect(formatDocumentNumber(demo, 'KGB', 1, '2026-12')).toBe('822/001/BKPSDM/2026');
    expect(formatDocumentNumber(demo, 'REJECTION', 1, '2026-12')).toBe('800/001/BKPSDM/2026');
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
