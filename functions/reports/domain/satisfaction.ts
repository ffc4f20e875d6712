/**
 * Survei Kepuasan Masyarakat (SKM) and its index (IKM), PermenPANRB 14/2017: nine elements
 * scored 1–4, a mean per element (NRR), their mean, times 25, graded A–D. Pure: no I/O.
 */

export type SkmCode = 'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9';

/** One element (unsur) of the questionnaire, with the words the applicant sees. */
export interface SkmElement {
  readonly code: SkmCode;
  readonly name: string;
  readonly question: string;
  /** Labels of the answers scored 1, 2, 3 and 4. */
  readonly answers: readonly [string, string, string, string];
}

/**
 * The nine elements in the order the regulation lists them (unsur a–i), with the questions
 * and answers of the annex's sample questionnaire. Two deliberate departures: the
 * annex asks about sarana before pengaduan, but each question stays with its element so U8/U9
 * match the element list; and question 7 gains the "tentang" the annex omits.
 */
export const SKM_ELEMENTS: readonly SkmElement[] = [
  {
    code: 'U1',
    name: 'Persyaratan',
    question:
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    code: 'U2',
    name: 'Sistem, Mekanisme, dan Prosedur',
    question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    answers: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  {
    code: 'U3',
    name: 'Waktu Penyelesaian',
    question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    answers: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  },
  {
    // Personnel services are free, so most answers will be "Gratis"; the regulation's scale is kept
    // as printed so the results stay comparable with other units' surveys.
    code: 'U4',
    name: 'Biaya/Tarif',
    question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  },
  {
    code: 'U5',
    name: 'Produk Spesifikasi Jenis Pelayanan',
    question:
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    code: 'U6',
    name: 'Kompetensi Pelaksana',
    question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    answers: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  {
    code: 'U7',
    name: 'Perilaku Pelaksana',
    question:
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    answers: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  {
    code: 'U8',
    name: 'Penanganan Pengaduan, Saran dan Masukan',
    question: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    answers: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  },
  {
    code: 'U9',
    name: 'Sarana dan Prasarana',
    question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    answers: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  },
];

const ELEMENT_COUNT = SKM_ELEMENTS.length;
const LOWEST_SCORE = 1;
const HIGHEST_SCORE = 4;

/**
 * Minimum respondents for a period serving `population` people (Krejcie & Morgan, as the
 * regulation prescribes): S = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)), χ² = 3.841, P = 0.5, d = 0.05.
 */
export function minimumSample(population: number): number {
  assertCount(population, 'population');
  if (population === 0) return 0;
  const spread = 3.841 * 0.25;
  const sample = (spread * population) / (0.0025 * (population - 1) + spread);
  // The tolerance keeps a result that is an integer on paper (N = 1 gives 1) from rising to the
  // next one through binary rounding error.
  return Math.ceil(sample - 1e-9);
}

/** Mutu pelayanan. */
export type SkmGrade = 'A' | 'B' | 'C' | 'D';
/** Kinerja unit pelayanan. */
export type SkmQuality = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/**
 * Rounds an IKM to 2 decimals, half away from zero, as the regulation does before grading.
 * The 1e-9 nudge makes a decimal tie round up as it does on paper although binary cannot hold
 * it (32.035 is stored as 32.0349999…); for values ≤ 100 the binary error in value × 100 is
 * about 1e-12, far below the nudge.
 */
export function roundIkm(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

/** Lowest IKM of each grade (Lampiran, tabel nilai persepsi); compared after rounding. */
const GRADES: readonly { readonly from: number; readonly grade: SkmGrade; readonly quality: SkmQuality }[] = [
  { from: 88.31, grade: 'A', quality: 'Sangat Baik' },
  { from: 76.61, grade: 'B', quality: 'Baik' },
  { from: 65, grade: 'C', quality: 'Kurang Baik' },
  { from: 25, grade: 'D', quality: 'Tidak Baik' },
];

/**
 * The grade of an IKM, rounded to 2 decimals first (so 88.305 is 88.31, an A). Scores of 1–4
 * cannot give an IKM outside 25–100: such a value is a bug upstream, so it throws a RangeError
 * rather than being graded D.
 */
export function gradeOf(ikm: number): { readonly grade: SkmGrade; readonly quality: SkmQuality } {
  const rounded = roundIkm(ikm);
  const match = GRADES.find(({ from }) => rounded >= from);
  if (!match || rounded > 100) throw new RangeError(`IKM ${ikm} is outside 25–100`);
  return { grade: match.grade, quality: match.quality };
}

/** What a period keeps of one element: how many answered it and the sum of their scores. */
export interface ElementTotal {
  readonly answered: number;
  readonly sum: number;
}

/**
 * Running totals of a set of responses (e.g. one month): enough to compute the IKM of any union
 * of periods with `aggregateIkm`, without keeping the answers.
 */
export interface SkmTally {
  readonly respondents: number;
  /** Nine totals in SKM_ELEMENTS order. */
  readonly elements: readonly ElementTotal[];
}

/** One element's result; `nrr` and `weightedNrr` are null when nobody answered it. */
export interface ElementScore {
  readonly code: SkmCode;
  readonly name: string;
  readonly answered: number;
  readonly sum: number;
  /** Nilai rata-rata: sum / answered, unrounded. */
  readonly nrr: number | null;
  /** nrr × the element's weight (1/9 when every element was answered), unrounded. */
  readonly weightedNrr: number | null;
}

export interface IkmResult {
  readonly respondents: number;
  readonly elements: readonly ElementScore[];
  /** Mean of the NRRs, i.e. the sum of the weighted NRRs (1–4), unrounded; null when none. */
  readonly index: number | null;
  /** index × 25, rounded to 2 decimals; null when no element was answered. */
  readonly ikm: number | null;
  readonly grade: SkmGrade | null;
  readonly quality: SkmQuality | null;
  /** Some element had no answer: the index then averages only the elements that had. */
  readonly incomplete: boolean;
  readonly sample: {
    readonly population: number;
    readonly minimum: number;
    readonly reached: boolean;
  };
}

/**
 * Totals of raw responses: one row per respondent, nine scores in SKM_ELEMENTS order, `null` for
 * an element left unanswered. A row with no answer at all says nothing about the service and is
 * not counted as a respondent.
 */
export function tallyResponses(responses: ReadonlyArray<ReadonlyArray<number | null>>): SkmTally {
  for (const [row, scores] of responses.entries()) {
    if (scores.length !== ELEMENT_COUNT) {
      throw new RangeError(`response ${row} has ${scores.length} scores, expected ${ELEMENT_COUNT}`);
    }
    for (const [position, score] of scores.entries()) {
      if (score !== null && !(Number.isInteger(score) && score >= LOWEST_SCORE && score <= HIGHEST_SCORE)) {
        throw new RangeError(`response ${row}, ${SKM_ELEMENTS[position]?.code}: score ${score} is not 1–4`);
      }
    }
  }
  return {
    respondents: responses.filter((scores) => scores.some((score) => score !== null)).length,
    elements: SKM_ELEMENTS.map((_, position) => {
      const given = responses.flatMap((scores) => scores[position] ?? []);
      return { answered: given.length, sum: sumBy(given, (score) => score) };
    }),
  };
}

/** The IKM of raw responses (see `tallyResponses`) for a period serving `population` people. */
export function computeIkm(
  responses: ReadonlyArray<ReadonlyArray<number | null>>,
  population: number,
): IkmResult {
  return aggregateIkm([tallyResponses(responses)], population);
}

/**
 * The IKM of several periods' tallies together, e.g. twelve months for the yearly report. Equal
 * to `computeIkm` over all their responses, because an NRR only needs its element's sum and count.
 */
export function aggregateIkm(tallies: readonly SkmTally[], population: number): IkmResult {
  for (const tally of tallies) assertTally(tally);
  const minimum = minimumSample(population);
  const respondents = sumBy(tallies, (tally) => tally.respondents);
  const totals = SKM_ELEMENTS.map((_, position) => ({
    answered: sumBy(tallies, (tally) => tally.elements[position]?.answered ?? 0),
    sum: sumBy(tallies, (tally) => tally.elements[position]?.sum ?? 0),
  }));

  // The regulation weighs each element 1/9 and prints the weight as 0.111, which caps a perfect
  // score at 99.9; we use the exact 1/9. An element nobody answered is left out and the others
  // share its weight, so the index stays on the 1–4 scale instead of being dragged towards 0.
  const nrrs = totals.flatMap(({ answered, sum }) => (answered > 0 ? [sum / answered] : []));
  const elements = SKM_ELEMENTS.map(({ code, name }, position): ElementScore => {
    const { answered, sum } = totals[position] ?? { answered: 0, sum: 0 };
    const nrr = answered > 0 ? sum / answered : null;
    return { code, name, answered, sum, nrr, weightedNrr: nrr === null ? null : nrr / nrrs.length };
  });
  const index = nrrs.length > 0 ? sumBy(nrrs, (nrr) => nrr) / nrrs.length : null;
  const ikm = index === null ? null : roundIkm(index * 25);
  const graded = ikm === null ? null : gradeOf(ikm);
  return {
    respondents,
    elements,
    index,
    ikm,
    grade: graded?.grade ?? null,
    quality: graded?.quality ?? null,
    incomplete: nrrs.length < ELEMENT_COUNT,
    sample: { population, minimum, reached: respondents >= minimum },
  };
}

function sumBy<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} ${value} is not a count`);
}

/** Totals stored elsewhere must still be totals of 1–4 scores, or the index means nothing. */
function assertTally({ respondents, elements }: SkmTally): void {
  assertCount(respondents, 'respondents');
  if (elements.length !== ELEMENT_COUNT) {
    throw new RangeError(`tally has ${elements.length} elements, expected ${ELEMENT_COUNT}`);
  }
  for (const [position, { answered, sum }] of elements.entries()) {
    const code = SKM_ELEMENTS[position]?.code;
    assertCount(answered, `${code} answered`);
    assertCount(sum, `${code} sum`);
    if (answered > respondents || sum < answered * LOWEST_SCORE || sum > answered * HIGHEST_SCORE) {
      throw new RangeError(
        `${code}: ${answered} answers summing to ${sum} cannot come from ${respondents} respondents`,
      );
    }
  }
}
