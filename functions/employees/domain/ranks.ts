/** Golongan of the PNS rank ladder (PP 99/2000). */
export type Golongan = 'I' | 'II' | 'III' | 'IV';
/** Ruang within a golongan; only golongan IV reaches `e`. */
export type Ruang = 'a' | 'b' | 'c' | 'd' | 'e';

/** A PNS rank (pangkat, golongan/ruang); `level` 1 (I/a) to 17 (IV/e) orders them. */
export interface PnsRank {
  readonly code: string;
  readonly name: string;
  readonly golongan: Golongan;
  readonly ruang: Ruang;
  readonly level: number;
}

/** A PPPK grade (golongan PPPK, Perpres 98/2020); `level` 1 (I) to 17 (XVII) orders them. */
export interface PppkGrade {
  readonly code: string;
  readonly level: number;
}

/** The 17 rank codes of PP 99/2000, lowest first: their order is what promotion compares. */
export const PNS_RANK_CODES = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;

const RANK_NAMES: Record<(typeof PNS_RANK_CODES)[number], string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** The 17 PNS ranks of PP 99/2000, lowest first. */
export const PNS_RANKS: readonly PnsRank[] = PNS_RANK_CODES.map((code, index) => {
  const [golongan, ruang] = code.split('/') as [Golongan, Ruang];
  return { code, name: RANK_NAMES[code], golongan, ruang, level: index + 1 };
});

const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

/** The 17 PPPK grades, lowest first. */
export const PPPK_GRADES: readonly PppkGrade[] = ROMAN.map((code, index) => ({ code, level: index + 1 }));

const RANKS_BY_CODE = new Map(PNS_RANKS.map((rank) => [rank.code, rank]));
const GRADES_BY_CODE = new Map(PPPK_GRADES.map((grade) => [grade.code, grade]));
const GOLONGAN_BY_NUMBER: Record<string, Golongan> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/**
 * The PNS rank written as `III/a`; exports also write `III/A`, `III a`, `III-a` or `3/a`,
 * so case, separators and Arabic golongan numbers are accepted.
 */
export function rankByCode(code: string): PnsRank | undefined {
  const match = /^(IV|III|II|I|[1-4])\s*[/\-.]?\s*([A-E])$/i.exec(code.trim());
  if (!match) return undefined;
  const [, golongan = '', ruang = ''] = match;
  const roman = GOLONGAN_BY_NUMBER[golongan] ?? golongan.toUpperCase();
  return RANKS_BY_CODE.get(`${roman}/${ruang.toLowerCase()}`);
}

/** The PPPK grade written as a Roman numeral (`IX`), in any case, or as a number (`9`). */
export function gradeByCode(code: string): PppkGrade | undefined {
  const text = code.trim().toUpperCase();
  return /^\d{1,2}$/.test(text) ? PPPK_GRADES[Number(text) - 1] : GRADES_BY_CODE.get(text);
}

/** Orders ranks lowest first: negative when `a` is below `b`, zero when equal (use with `sort`). */
export function compareRanks(a: PnsRank, b: PnsRank): number {
  return a.level - b.level;
}

/** Orders PPPK grades lowest first (use with `sort`). */
export function compareGrades(a: PppkGrade, b: PppkGrade): number {
  return a.level - b.level;
}

/** The rank a regular promotion (KP) leads to; none above IV/e. */
export function nextRank(rank: PnsRank): PnsRank | undefined {
  return PNS_RANKS[rank.level];
}

/** `Penata Muda (III/a)`: how letters and forms name a rank. */
export function rankLabel(rank: PnsRank): string {
  return `${rank.name} (${rank.code})`;
}
