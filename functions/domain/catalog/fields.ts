import { z } from 'zod';
import { PNS_RANK_CODES } from '../ranks';
import { ACCREDITATIONS, PERFORMANCE_RATINGS, STUDY_LEVELS } from '../rules';

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

/** Ordinal of a rank, for "the proposed rank must be higher". */
export function rankIndex(rank: string): number {
  return (PNS_RANK_CODES as readonly string[]).indexOf(rank);
}

/** A PNS rank the applicant states. */
export const rankSchema = z.enum(PNS_RANK_CODES);
/** A performance predicate the applicant states. */
export const ratingSchema = z.enum(PERFORMANCE_RATINGS);
/** An education level the applicant holds. */
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);

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
export const studyLevelSchema = z.enum(STUDY_LEVELS);
/** A study programme's accreditation. */
export const accreditationSchema = z.enum(ACCREDITATIONS);
