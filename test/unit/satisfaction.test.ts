import { describe, expect, it } from 'vitest';
import {
  aggregateIkm,
  computeIkm,
  gradeOf,
  minimumSample,
  roundIkm,
  SKM_ELEMENTS,
  tallyResponses,
} from '#reports/domain/satisfaction';

const row = (score: number | null) => Array<number | null>(9).fill(score);

// Four respondents, columns U1…U9.
const MIXED = [
  [4, 3, 4, 3, 4, 4, 4, 3, 3],
  [3, 3, 3, 4, 3, 4, 4, 2, 3],
  [4, 2, 3, 4, 3, 3, 4, 3, 3],
  [2, 3, 3, 4, 4, 3, 4, 2, 4],
];

// Three respondents who skipped some questions (null).
const WITH_GAPS = [
  [4, 3, null, 4, 3, 4, 4, 3, 3],
  [3, null, null, 4, 4, 3, 4, 2, 3],
  [null, 3, 4, 4, 3, 3, 4, 3, 4],
];

describe('SKM_ELEMENTS', () => {
  it('lists the nine elements of PermenPANRB 14/2017 in order, each with four answers', () => {
    expect(SKM_ELEMENTS.map(({ code, name }) => `${code} ${name}`)).toEqual([
      'U1 Persyaratan',
      'U2 Sistem, Mekanisme, dan Prosedur',
      'U3 Waktu Penyelesaian',
      'U4 Biaya/Tarif',
      'U5 Produk Spesifikasi Jenis Pelayanan',
      'U6 Kompetensi Pelaksana',
      'U7 Perilaku Pelaksana',
      'U8 Penanganan Pengaduan, Saran dan Masukan',
      'U9 Sarana dan Prasarana',
    ]);
    for (const element of SKM_ELEMENTS) {
      expect(element.question).toMatch(/^Bagaimana .+\?$/);
      expect(new Set(element.answers).size).toBe(4);
    }
  });

  it('asks the questionnaire wording, worst answer first', () => {
    expect(SKM_ELEMENTS[0]).toMatchObject({
      question:
        'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    });
    expect(SKM_ELEMENTS[3]?.answers).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(SKM_ELEMENTS[7]?.question).toContain('pengaduan');
    expect(SKM_ELEMENTS[8]?.question).toContain('sarana dan prasarana');
  });
});

describe('minimumSample', () => {
  it('follows Krejcie & Morgan, rounded up', () => {
    expect(minimumSample(0)).toBe(0);
    // 3.841·1·0.25 / (0.0025·0 + 0.96025) = 1
    expect(minimumSample(1)).toBe(1);
    // 96.025 / (0.2475 + 0.96025) = 96.025 / 1.20775 = 79.507… → 80
    expect(minimumSample(100)).toBe(80);
    // 960.25 / (2.4975 + 0.96025) = 960.25 / 3.45775 = 277.709… → 278
    expect(minimumSample(1000)).toBe(278);
    // 9602.5 / (24.9975 + 0.96025) = 9602.5 / 25.95775 = 369.928… → 370
    expect(minimumSample(10000)).toBe(370);
  });

  it('rejects a population that is not a count', () => {
    expect(() => minimumSample(-1)).toThrow(RangeError);
    expect(() => minimumSample(10.5)).toThrow(RangeError);
  });
});

describe('roundIkm', () => {
  it('rounds half away from zero as on paper, although binary stores 32.035 as 32.0349…', () => {
    expect(Math.round(32.035 * 100) / 100).toBe(32.03);
    expect(roundIkm(32.035)).toBe(32.04);
    expect(roundIkm(82.638_88)).toBe(82.64);
    expect(roundIkm(82.634_99)).toBe(82.63);
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25, 'D', 'Tidak Baik'],
  ])('grades %s as %s (%s)', (ikm, grade, quality) => {
    expect(gradeOf(ikm)).toEqual({ grade, quality });
  });

  it('rounds to 2 decimals before grading', () => {
    expect(gradeOf(88.305).grade).toBe('A'); // 88.31
    expect(gradeOf(88.3049).grade).toBe('B'); // 88.30
    expect(gradeOf(76.605).grade).toBe('B'); // 76.61
    expect(gradeOf(64.995).grade).toBe('C'); // 65.00
  });

  it('refuses a value that scores of 1–4 cannot produce', () => {
    expect(() => gradeOf(24.99)).toThrow(RangeError);
    expect(() => gradeOf(100.01)).toThrow(RangeError);
    expect(() => gradeOf(Number.NaN)).toThrow(RangeError);
  });
});

describe('computeIkm', () => {
  it('averages each element over its respondents, then the nine NRRs with weight 1/9', () => {
    const result = computeIkm(MIXED, 100);

    // U1 (4+3+4+2)/4 = 13/4 = 3.25   U2 (3+3+2+3)/4 = 2.75   U3 (4+3+3+3)/4 = 3.25
    // U4 (3+4+4+4)/4 = 3.75          U5 (4+3+3+4)/4 = 3.5    U6 (4+4+3+3)/4 = 3.5
    // U7 (4+4+4+4)/4 = 4             U8 (3+2+3+2)/4 = 2.5    U9 (3+3+3+4)/4 = 3.25
    expect(result.elements.map(({ sum }) => sum)).toEqual([13, 11, 13, 15, 14, 14, 16, 10, 13]);
    expect(result.elements.map(({ nrr }) => nrr)).toEqual([3.25, 2.75, 3.25, 3.75, 3.5, 3.5, 4, 2.5, 3.25]);
    expect(result.elements[0]).toMatchObject({ code: 'U1', name: 'Persyaratan', answered: 4 });
    expect(result.elements[0]?.weightedNrr).toBeCloseTo(3.25 / 9, 12);
    // Σ NRR = 29.75; index = 29.75/9 = 3.30555…; IKM = 3.30555… × 25 = 82.638… → 82.64 → B
    expect(result.index).toBeCloseTo(29.75 / 9, 12);
    expect(result).toMatchObject({
      respondents: 4,
      ikm: 82.64,
      grade: 'B',
      quality: 'Baik',
      incomplete: false,
    });
  });

  it('gives exactly 100.00 when every answer is 4', () => {
    const result = computeIkm([row(4), row(4), row(4)], 3);

    // NRR 4 everywhere; index = 9 × 4 × 1/9 = 4; IKM = 4 × 25 = 100.00 → A.
    // With the regulation's printed weight 0.111 it would be 9 × (4 × 0.111) × 25 = 99.9.
    expect(result).toMatchObject({ index: 4, ikm: 100, grade: 'A', quality: 'Sangat Baik' });
  });

  it('gives 25.00 when every answer is 1', () => {
    // index = 9 × 1 × 1/9 = 1; IKM = 1 × 25 = 25.00 → D.
    expect(computeIkm([row(1), row(1)], 2)).toMatchObject({
      index: 1,
      ikm: 25,
      grade: 'D',
      quality: 'Tidak Baik',
    });
  });

  it('rounds the IKM before grading it', () => {
    // 19 respondents answer 3 everywhere, except 11 of them give U1 a 4.
    const responses = [
      ...Array.from({ length: 11 }, () => [4, 3, 3, 3, 3, 3, 3, 3, 3]),
      ...Array(8).fill(row(3)),
    ];
    const result = computeIkm(responses, 19);

    // U1 (11×4 + 8×3)/19 = 68/19; U2…U9 57/19 = 3.
    // IKM = (68/19 + 8×3)/9 × 25 = 524/171 × 25 = 13100/171 = 76.608… → 76.61 → B
    // (unrounded, 76.608 is below B's 76.61).
    expect(result.index).toBeCloseTo(524 / 171, 12);
    expect(result).toMatchObject({ ikm: 76.61, grade: 'B' });
  });

  it('counts each element over the respondents who answered it', () => {
    const result = computeIkm([...WITH_GAPS, row(null)], 3);

    // U1 (4+3)/2 = 3.5   U2 (3+3)/2 = 3   U3 4/1 = 4   U4 12/3 = 4   U5 (3+4+3)/3 = 10/3
    // U6 (4+3+3)/3 = 10/3   U7 12/3 = 4   U8 (3+2+3)/3 = 8/3   U9 (3+3+4)/3 = 10/3
    // Σ NRR = 18.5 + 38/3 = 187/6; IKM = 187/6 / 9 × 25 = 4675/54 = 86.574… → 86.57 → B
    // (counting a blank as 0 over all 3 would give U1 7/3 and a lower grade).
    expect(result.elements.map(({ answered }) => answered)).toEqual([2, 2, 1, 3, 3, 3, 3, 3, 3]);
    expect(result.elements[0]?.nrr).toBe(3.5);
    expect(result.elements[2]?.nrr).toBe(4);
    expect(result.index).toBeCloseTo(187 / 54, 12);
    // The blank questionnaire added above is not a respondent.
    expect(result).toMatchObject({ respondents: 3, ikm: 86.57, grade: 'B', incomplete: false });
  });

  it('leaves out an element nobody answered and shares its weight among the others', () => {
    const result = computeIkm(
      [
        [4, 4, 4, null, 4, 4, 4, 4, 4],
        [3, 3, 3, null, 3, 3, 3, 3, 3],
      ],
      2,
    );

    // Eight elements with NRR (4+3)/2 = 3.5, weight 1/8 each: index 3.5, IKM 87.50 → B.
    // (Keeping U4 at 0 with weight 1/9 would give 8 × 3.5/9 × 25 = 77.78.)
    expect(result.elements[3]).toMatchObject({
      code: 'U4',
      answered: 0,
      sum: 0,
      nrr: null,
      weightedNrr: null,
    });
    expect(result.elements[0]?.weightedNrr).toBe(3.5 / 8);
    expect(result).toMatchObject({ index: 3.5, ikm: 87.5, grade: 'B', incomplete: true });
  });

  it('returns no index, rather than NaN, for a period without responses', () => {
    const result = computeIkm([], 100);

    expect(result).toMatchObject({
      respondents: 0,
      index: null,
      ikm: null,
      grade: null,
      quality: null,
      incomplete: true,
      sample: { population: 100, minimum: 80, reached: false },
    });
    expect(
      result.elements.every(({ answered, sum, nrr }) => answered === 0 && sum === 0 && nrr === null),
    ).toBe(true);
  });

  it('says whether the respondents reach the minimum sample for the population', () => {
    // N = 4: 3.841 / (0.0075 + 0.96025) = 3.969… → 4; the 4 respondents of MIXED suffice.
    expect(computeIkm(MIXED, 4).sample).toEqual({ population: 4, minimum: 4, reached: true });
    // N = 5: 4.80125 / (0.01 + 0.96025) = 4.948… → 5; they do not.
    expect(computeIkm(MIXED, 5).sample).toEqual({ population: 5, minimum: 5, reached: false });
  });

  it.each([
    ['0', [0, 3, 3, 3, 3, 3, 3, 3, 3]],
    ['5', [5, 3, 3, 3, 3, 3, 3, 3, 3]],
    ['2.5', [2.5, 3, 3, 3, 3, 3, 3, 3, 3]],
    ['NaN', [Number.NaN, 3, 3, 3, 3, 3, 3, 3, 3]],
    ['eight scores', [3, 3, 3, 3, 3, 3, 3, 3]],
  ])('rejects a response with %s', (_, scores) => {
    expect(() => computeIkm([scores], 10)).toThrow(RangeError);
  });
});

describe('aggregateIkm', () => {
  it('gives the same result from stored per-element totals as from the answers', () => {
    // MIXED as a store would keep it: 4 respondents, each element's sum over 4 answers.
    const sums = [13, 11, 13, 15, 14, 14, 16, 10, 13];
    const stored = { respondents: 4, elements: sums.map((sum) => ({ answered: 4, sum })) };

    expect(aggregateIkm([stored], 100)).toEqual(computeIkm(MIXED, 100));
  });

  it('combines periods as if their responses had been computed together', () => {
    const january = tallyResponses(MIXED);
    const february = tallyResponses(WITH_GAPS);

    expect(aggregateIkm([january, february], 50)).toEqual(computeIkm([...MIXED, ...WITH_GAPS], 50));
  });

  it('rejects totals that scores of 1–4 cannot produce', () => {
    const valid = tallyResponses(MIXED);
    const withU1 = (u1: { answered: number; sum: number }) => ({
      respondents: 4,
      elements: [u1, ...valid.elements.slice(1)],
    });

    expect(() => aggregateIkm([withU1({ answered: 4, sum: 17 })], 10)).toThrow(RangeError); // > 4 × 4
    expect(() => aggregateIkm([withU1({ answered: 4, sum: 3 })], 10)).toThrow(RangeError); // < 4 × 1
    expect(() => aggregateIkm([withU1({ answered: 5, sum: 15 })], 10)).toThrow(RangeError); // > respondents
    expect(() => aggregateIkm([{ respondents: 4, elements: valid.elements.slice(1) }], 10)).toThrow(
      RangeError,
    );
  });
});
