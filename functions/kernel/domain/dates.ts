/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) for service-period rules. Dates stay strings so
 * that no time zone can shift a day: ISO dates compare correctly as strings.
 */

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parts(date: string): DateParts {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `count` months later (earlier when negative); the 31st becomes the month's last day. */
export function addMonths(date: string, count: number): string {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + count;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** The date `count` years later; 29 February becomes 28 February in common years. */
export function addYears(date: string, count: number): string {
  return addMonths(date, count * 12);
}

/** The day before `date`. */
export function previousDay(date: string): string {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** Whole months completed from `from` to `to` (0 when `to` is not later). */
export function completedMonths(from: string, to: string): number {
  if (to <= from) return 0;
  const start = parts(from);
  const end = parts(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  return addMonths(from, months) <= to ? months : months - 1;
}

/** Whole years completed from `from` to `to`: an age or a length of service. */
export function completedYears(from: string, to: string): number {
  return Math.floor(completedMonths(from, to) / 12);
}

/** The first day of the month after the month `date` falls in (pension and KGB dates start there). */
export function firstOfNextMonth(date: string): string {
  const { year, month } = parts(date);
  return format(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
}

/** A length in months as Indonesians write it: "3 tahun 11 bulan". */
export function describeMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} bulan`;
  return rest === 0 ? `${years} tahun` : `${years} tahun ${rest} bulan`;
}

const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The Indonesian name of a month, 1 = Januari; the number itself for one out of range. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** A date as written in Indonesian letters: "1 Juni 2026". */
export function formatDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${monthName(month)} ${year}`;
}

/** Calendar days from `from` to `to`, both included (0 when `to` is earlier). */
export function calendarDaysInclusive(from: string, to: string): number {
  const start = parts(from);
  const end = parts(to);
  const days =
    (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) /
    86_400_000;
  return Math.max(0, days + 1);
}

/** Whether a period from `start` to `end` (both included) lasts longer than `months` months. */
export function longerThanMonths(start: string, end: string, months: number): boolean {
  return end > previousDay(addMonths(start, months));
}
