import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { crossCheckNip, formatIndonesianDate, nipSchema, parseNip } from '#employees/domain/nip';
import { parseInput } from '#kernel/domain/validation';

const TODAY = '2026-11-23';

function messageOf(nip: string, type: 'PNS' | 'CPNS' | 'PPPK' = 'PNS'): string | undefined {
  const result = parseNip(nip, type, TODAY);
  return result.ok ? undefined : result.message;
}

describe('parseNip', () => {
  it('decodes a PNS NIP into birth date, TMT CPNS month, sex and sequence', () => {
    expect(parseNip('199003152015031002', 'PNS', TODAY)).toEqual({
      ok: true,
      parts: {
        kind: 'PNS',
        nip: '199003152015031002',
        birthDate: '1990-03-15',
        appointment: '2015-03',
        sex: 'L',
        sequence: '002',
      },
    });
  });

  it('reads a CPNS number with the PNS layout', () => {
    const result = parseNip('200010032026032373', 'CPNS', TODAY);
    expect(result.ok && result.parts).toMatchObject({ kind: 'PNS', appointment: '2026-03', sex: 'P' });
  });

  it('decodes a NI PPPK into birth date, appointment year, code, sex and sequence', () => {
    expect(parseNip('199508152023211371', 'PPPK', TODAY)).toEqual({
      ok: true,
      parts: {
        kind: 'PPPK',
        nip: '199508152023211371',
        birthDate: '1995-08-15',
        appointmentYear: 2023,
        code: '21',
        sex: 'L',
        sequence: '371',
      },
    });
  });

  it('accepts a birth date of 29 February in a leap year', () => {
    expect(parseNip('199202292019032234', 'PNS', TODAY).ok).toBe(true);
  });

  it('accepts a TMT CPNS in the current month and on the 18th birthday', () => {
    expect(parseNip('199003152026111002', 'PNS', TODAY).ok).toBe(true);
    expect(parseNip('199003012008031002', 'PNS', TODAY).ok).toBe(true);
  });

  it.each([
    ['19900315201503100', 'NIP harus terdiri atas 18 digit angka; yang diisi berisi 17 digit.'],
    ['19900315201503100A', 'NIP harus terdiri atas 18 digit angka; yang diisi berisi karakter selain angka.'],
    ['199002312015031002', 'Tanggal lahir pada NIP (digit 1–8) tidak ada dalam kalender: 31 Februari 1990.'],
    ['199013152015031002', 'Bulan lahir pada NIP (digit 5–6) tidak valid: 13; seharusnya 01 sampai 12.'],
    ['199003152015131002', 'Bulan TMT CPNS pada NIP (digit 13–14) tidak valid: 13; seharusnya 01 sampai 12.'],
    [
      '199003152015033002',
      'Digit jenis kelamin pada NIP (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan 3.',
    ],
    ['199003152015031000', 'Nomor urut pada NIP (digit 16–18) tidak boleh 000.'],
    [
      '199003152008031002',
      'TMT CPNS pada NIP (Maret 2008) sebelum pegawai berusia 18 tahun (lahir 15 Maret 1990).',
    ],
    ['199003152026121002', 'TMT CPNS pada NIP (Desember 2026) masih di masa depan.'],
    ['202701012015031002', 'Tanggal lahir pada NIP (1 Januari 2027) masih di masa depan.'],
  ])('rejects the PNS NIP %s saying what is wrong', (nip, message) => {
    expect(messageOf(nip)).toBe(message);
  });

  it.each([
    ['19950815202321137', 'NI PPPK harus terdiri atas 18 digit angka; yang diisi berisi 17 digit.'],
    [
      '199508152023210371',
      'Digit jenis kelamin pada NI PPPK (digit ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan 0.',
    ],
    ['199508152023211000', 'Nomor urut pada NI PPPK (digit 16–18) tidak boleh 000.'],
    [
      '200501012020211001',
      'Tahun pengangkatan pada NI PPPK (2020) sebelum pegawai berusia 18 tahun (lahir 1 Januari 2005).',
    ],
    ['199508152027211371', 'Tahun pengangkatan pada NI PPPK (2027) masih di masa depan.'],
  ])('rejects the NI PPPK %s saying what is wrong', (nip, message) => {
    expect(messageOf(nip, 'PPPK')).toBe(message);
  });

  it('accepts any 2-digit code in a NI PPPK: only its structure is checked', () => {
    expect(parseNip('199508152023991371', 'PPPK', TODAY).ok).toBe(true);
  });

  it('catches a NI PPPK recorded as PNS by its impossible TMT month', () => {
    expect(messageOf('199508152023211371', 'PNS')).toBe(
      'Bulan TMT CPNS pada NIP (digit 13–14) tidak valid: 21; seharusnya 01 sampai 12.',
    );
  });

  it('refuses a `today` that is not an ISO date, a programming error', () => {
    expect(() => parseNip('199003152015031002', 'PNS', '23-11-2026')).toThrow(RangeError);
  });
});

describe('crossCheckNip', () => {
  const parsed = parseNip('199003152015031002', 'PNS', TODAY);
  if (!parsed.ok) throw new Error(parsed.message);
  const parts = parsed.parts;

  it('has nothing to say when the stored data agree with the NIP', () => {
    expect(crossCheckNip(parts, { birthDate: '1990-03-15', sex: 'L', tmtCpns: '2015-03-01' })).toEqual([]);
  });

  it('notes a different stored birth date and says the stored one is used', () => {
    expect(crossCheckNip(parts, { birthDate: '1990-03-16' })).toEqual([
      'Tanggal lahir pada NIP (15 Maret 1990) berbeda dengan tanggal lahir tercatat (16 Maret 1990); ' +
        'perhitungan memakai tanggal lahir tercatat.',
    ]);
  });

  it('notes a different stored sex', () => {
    expect(crossCheckNip(parts, { sex: 'P' })).toEqual([
      'Jenis kelamin pada NIP (laki-laki) berbeda dengan jenis kelamin tercatat (perempuan).',
    ]);
  });

  it('notes a stored TMT CPNS in another month than the NIP says', () => {
    expect(crossCheckNip(parts, { tmtCpns: '2015-04-01' })).toEqual([
      'TMT CPNS pada NIP (Maret 2015) berbeda dengan TMT CPNS tercatat (1 April 2015); ' +
        'perhitungan memakai TMT CPNS tercatat.',
    ]);
  });

  it('compares only what is stored', () => {
    expect(crossCheckNip(parts, {})).toEqual([]);
  });

  it('does not compare a NI PPPK with a TMT CPNS', () => {
    const pppk = parseNip('199508152023211371', 'PPPK', TODAY);
    if (!pppk.ok) throw new Error(pppk.message);
    expect(crossCheckNip(pppk.parts, { tmtCpns: '2019-03-01', sex: 'P' })).toEqual([
      'Jenis kelamin pada NI PPPK (laki-laki) berbeda dengan jenis kelamin tercatat (perempuan).',
    ]);
  });
});

describe('nipSchema', () => {
  const body = z.object({ nip: nipSchema });

  it('accepts 18 digits, trimming surrounding spaces', () => {
    expect(parseInput(body, { nip: ' 199003152015031002 ' })).toEqual({ nip: '199003152015031002' });
  });

  it('rejects anything else with a Bahasa message naming the field', () => {
    expect(() => parseInput(body, { nip: '1990031520150310' })).toThrow('Isian nip: harus 18 digit angka.');
  });
});

describe('formatIndonesianDate', () => {
  it('writes dates and months the way letters do', () => {
    expect(formatIndonesianDate('2026-08-17')).toBe('17 Agustus 2026');
    expect(formatIndonesianDate('2015-03')).toBe('Maret 2015');
  });
});
