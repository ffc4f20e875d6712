import type { NationalRules, YearRating } from '#employees';
import { baseSalaryOf, PERFORMANCE_RATINGS, type SalaryTable, tableInForce } from '#employees';
import { addYears, completedMonths } from '#kernel/domain/dates';
import { RATING_LABELS } from './fields';

/** Masa kerja golongan: the working period in the rank that the salary table reads. */
export interface WorkingPeriod {
  readonly years: number;
  readonly months: number;
}

/** "14 tahun 0 bulan", as a KGB letter writes a working period. */
export function describePeriod(period: WorkingPeriod): string {
  return `${period.years} tahun ${period.months} bulan`;
}

/** A working period `months` later. */
export function lengthen(period: WorkingPeriod, months: number): WorkingPeriod {
  const total = period.years * 12 + period.months + months;
  return { years: Math.floor(total / 12), months: total % 12 };
}

/**
 * When the next raise falls: `salaryRaiseIntervalYears` after the last, deferred a year at a time
 * (`salaryRaiseDeferralYears`) while a predicate of the years before the candidate TMT
 * (`salaryRaiseRatingYears`) in the master data is below `salaryRaiseMinimumRating`.
 */
export interface RaiseSchedule {
  readonly due: string;
  /** Years whose predicate deferred the raise, each with its predicate, in order. */
  readonly deferredBy: readonly YearRating[];
  /** Years before `due` that the master data has no predicate for: the verifier reads them. */
  readonly unrated: readonly number[];
}

export function raiseSchedule(
  last: string,
  ratings: readonly YearRating[] | undefined,
  rules: NationalRules,
): RaiseSchedule {
  const floor = PERFORMANCE_RATINGS.indexOf(rules.salaryRaiseMinimumRating.value);
  const deferredBy: YearRating[] = [];
  let due = addYears(last, rules.salaryRaiseIntervalYears.value);
  // Each deferral moves the window a year on, until it passes or reaches years not yet rated.
  for (let guard = 0; guard < 40; guard += 1) {
    const year = Number(due.slice(0, 4));
    const window = Array.from({ length: rules.salaryRaiseRatingYears.value }, (_, index) => year - 1 - index);
    const known = window.flatMap((each) => ratings?.filter((rating) => rating.year === each) ?? []);
    const below = known.filter((rating) => PERFORMANCE_RATINGS.indexOf(rating.rating) > floor);
    if (below.length === 0) {
      const unrated = window.filter((each) => !known.some((rating) => rating.year === each));
      return { due, deferredBy, unrated: unrated.sort() };
    }
    for (const rating of below) {
      if (!deferredBy.some((each) => each.year === rating.year)) deferredBy.push(rating);
    }
    due = addYears(due, rules.salaryRaiseDeferralYears.value);
  }
  return { due, deferredBy, unrated: [] };
}

/** Why a raise was deferred, in a sentence's words: "predikat kinerja 2025 butuh perbaikan". */
export function deferralReason(deferredBy: readonly YearRating[]): string {
  return deferredBy
    .map((rating) => `predikat kinerja ${rating.year} ${RATING_LABELS[rating.rating].toLowerCase()}`)
    .join(' dan ');
}

/** What a KGB letter states (the figures of a KGB decree), fixed when the verifier accepts. */
export interface SalaryRaise {
  readonly rank: string;
  readonly lastTmt: string;
  readonly lastDecreeNumber: string;
  readonly oldBaseSalary: number;
  readonly oldWorkingPeriod: WorkingPeriod;
  readonly newTmt: string;
  readonly newWorkingPeriod: WorkingPeriod;
  readonly newBaseSalary: number;
  /** Where the new salary comes from: the agency's table, or the verifier who entered it. */
  readonly salarySource:
    | { readonly kind: 'TABLE'; readonly basis: string; readonly table: string }
    | {
        readonly kind: 'VERIFIER';
        readonly basis: string;
        readonly table: string;
        readonly enteredBy: string;
      };
  readonly nextTmt: string;
  readonly deferredBy?: readonly YearRating[];
}

export interface RaiseInput {
  readonly rank: string;
  readonly last: { readonly tmt: string; readonly decreeNumber: string; readonly baseSalary: number };
  readonly lastWorkingPeriod: WorkingPeriod;
  readonly schedule: RaiseSchedule;
  readonly tables: readonly SalaryTable[];
  readonly rules: NationalRules;
}

/** The new TMT, working period and the table's salary for them (undefined when the table lacks it). */
export function raiseFigures(input: RaiseInput) {
  const { schedule, rules } = input;
  const newWorkingPeriod = lengthen(input.lastWorkingPeriod, completedMonths(input.last.tmt, schedule.due));
  const table = tableInForce(input.tables, schedule.due);
  const interval = rules.salaryRaiseIntervalYears.value;
  return {
    newTmt: schedule.due,
    newWorkingPeriod,
    nextTmt: addYears(schedule.due, interval),
    table,
    tableSalary: table && baseSalaryOf(table, input.rank, newWorkingPeriod.years, interval),
  };
}
