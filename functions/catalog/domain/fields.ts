import { z } from 'zod';
import {
  ACCREDITATIONS,
  type Accreditation,
  LEAVE_TYPES,
  type LeaveType,
  PERFORMANCE_RATINGS,
  type PerformanceRating,
  PNS_RANK_CODES,
  PNS_RANKS,
  rankLabel,
  STUDY_LEVELS,
  type StudyLevel,
} from '#employees';

declare module 'zod' {
  interface GlobalMeta {
    /** What letters and forms print for each code of a closed list: "Cuti Tahunan", never `TAHUNAN`. */
    labels?: Readonly<Record<string, string>>;
  }
}

type Labels = Readonly<Record<string, string>>;

/** The codes of a label table, in its order, as `z.enum` takes them. */
export function codesOf<const L extends Labels>(labels: L) {
  return Object.keys(labels) as [keyof L & string, ...Array<keyof L & string>];
}

/** A closed list of codes that carries its labels: published with the JSON Schema, printed on letters. */
export function labelled<const L extends Labels>(labels: L) {
  return z.enum(codesOf(labels)).meta({ labels });
}

/** Education levels, lowest first; D4 and S1 are the same level. */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
/** An education level such as `S1`. */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Ordinal of an education level, for "the programme must be above what the applicant holds". */
export function educationStrength(level: EducationLevel): number {
  return level === 'D4' ? EDUCATION_LEVELS.indexOf('S1') : EDUCATION_LEVELS.indexOf(level);
}

/**
 * The refinement of a study request: the programme is above the applicant's last education.
 * Spread into `.refine(...)`; `message` says it in the service's words.
 */
export function aboveCurrentEducation(
  message: string,
): [
  (value: {
    readonly educationLevel: EducationLevel;
    readonly currentEducationLevel: EducationLevel;
  }) => boolean,
  { message: string; path: PropertyKey[] },
] {
  return [
    (value) => educationStrength(value.educationLevel) > educationStrength(value.currentEducationLevel),
    { message, path: ['educationLevel'] },
  ];
}

/** Performance predicates as PermenPANRB 6/2022 writes them. */
export const RATING_LABELS: Readonly<Record<PerformanceRating, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** Leave types as PP 11/2017 names them. */
export const LEAVE_TYPE_LABELS: Readonly<Record<LeaveType, string>> = {
  TAHUNAN: 'Cuti Tahunan',
  BESAR: 'Cuti Besar',
  SAKIT: 'Cuti Sakit',
  MELAHIRKAN: 'Cuti Melahirkan',
  ALASAN_PENTING: 'Cuti karena Alasan Penting',
  BERSAMA: 'Cuti Bersama',
  DI_LUAR_TANGGUNGAN_NEGARA: 'Cuti di Luar Tanggungan Negara',
};

const EDUCATION_LABELS: Readonly<Record<EducationLevel, string>> = {
  SD: 'SD/sederajat',
  SMP: 'SMP/sederajat',
  SMA: 'SMA/sederajat',
  D1: 'Diploma I (D1)',
  D2: 'Diploma II (D2)',
  D3: 'Diploma III (D3)',
  D4: 'Diploma IV (D4)',
  S1: 'Sarjana (S1)',
  S2: 'Magister (S2)',
  S3: 'Doktor (S3)',
};

const STUDY_LEVEL_LABELS: Readonly<Record<StudyLevel, string>> = {
  D3: EDUCATION_LABELS.D3,
  D4: EDUCATION_LABELS.D4,
  S1: EDUCATION_LABELS.S1,
  S2: EDUCATION_LABELS.S2,
  S3: EDUCATION_LABELS.S3,
};

const ACCREDITATION_LABELS: Readonly<Record<Accreditation, string>> = {
  INTERNASIONAL: 'Internasional',
  UNGGUL: 'Unggul',
  A: 'A',
  BAIK_SEKALI: 'Baik Sekali',
  B: 'B',
  BAIK: 'Baik',
  C: 'C',
  BELUM_TERAKREDITASI: 'Belum terakreditasi',
};

const RANK_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  PNS_RANKS.map((rank) => [rank.code, rankLabel(rank)]),
);

/** Ordinal of a rank, for "the proposed rank must be higher". */
export function rankIndex(rank: string): number {
  return (PNS_RANK_CODES as readonly string[]).indexOf(rank);
}

/** A PNS rank the applicant states. */
export const rankSchema = z.enum(PNS_RANK_CODES).meta({ labels: RANK_LABELS });
/** A performance predicate the applicant states. */
export const ratingSchema = z.enum(PERFORMANCE_RATINGS).meta({ labels: RATING_LABELS });
/** An education level the applicant holds. */
export const educationLevelSchema = z.enum(EDUCATION_LEVELS).meta({ labels: EDUCATION_LABELS });
/** A leave type the applicant asks for. */
export const leaveTypeSchema = z.enum(LEAVE_TYPES).meta({ labels: LEAVE_TYPE_LABELS });

/** Free text the applicant types, trimmed and bounded. */
export function text(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min, `Isian minimal ${min} karakter`)
    .max(max, `Isian maksimal ${max} karakter`);
}

/** A TMT (effective date): rank, salary and pension dates always fall on the first of a month. */
export function firstOfMonth() {
  return z.iso.date().refine((date) => date.endsWith('-01'), 'TMT selalu jatuh pada tanggal 1');
}

/** An Indonesian phone number, local (08…) or international (+62…). */
export const phoneSchema = z
  .string()
  .regex(/^(\+62|0)8[0-9]{7,12}$/, 'Nomor telepon tidak valid (contoh: 081234567890)');

/** The level of a study programme. */
export const studyLevelSchema = z.enum(STUDY_LEVELS).meta({ labels: STUDY_LEVEL_LABELS });
/** A study programme's accreditation. */
export const accreditationSchema = z.enum(ACCREDITATIONS).meta({ labels: ACCREDITATION_LABELS });
