import { UnavailableError } from './errors';
import { type RuntimeSettings, type TimeZone, UTC_OFFSET_HOURS } from './settings';

const DAY_MS = 86_400_000;

/** What working-day arithmetic needs from the agency's settings. */
export interface WorkCalendar {
  readonly timeZone: TimeZone;
  readonly workWeek: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  /** The first and last dates the holiday calendar is known for. */
  readonly cover: { readonly from: string; readonly to: string };
}

export function workCalendar(
  settings: Pick<RuntimeSettings, 'timeZone' | 'workWeek' | 'holidays' | 'holidaysCover'>,
): WorkCalendar {
  return {
    timeZone: settings.timeZone,
    workWeek: new Set(settings.workWeek),
    holidays: new Set(settings.holidays.map((holiday) => holiday.date)),
    cover: settings.holidaysCover,
  };
}

/**
 * A date the holiday calendar does not cover: counting it as a working day could set a deadline
 * on a holiday, so the arithmetic stops and says so (unavailable, a 503 over HTTP: the agency must
 * deploy next year's calendar; the API's 5xx alarm and the calendar alarm both tell the operators).
 */
export class CalendarNotCoveredError extends UnavailableError {
  constructor(date: string, cover: WorkCalendar['cover']) {
    super(
      'CALENDAR_NOT_COVERED',
      `Kalender hari libur instansi hanya mencakup ${cover.from} s.d. ${cover.to}, sehingga hari kerja pada ${date} ` +
        'belum dapat dihitung. Mohon hubungi pengelola sistem untuk memasang kalender tahun berikutnya.',
    );
  }
}

function offsetMs(calendar: WorkCalendar): number {
  return UTC_OFFSET_HOURS[calendar.timeZone] * 3_600_000;
}

/** The calendar date (YYYY-MM-DD) an instant falls on in the agency's time zone. */
export function localDate(instant: Date, calendar: WorkCalendar): string {
  return new Date(instant.getTime() + offsetMs(calendar)).toISOString().slice(0, 10);
}

/** The instant a local calendar date begins (00:00 in the agency's time zone). */
export function startOfLocalDate(date: string, calendar: WorkCalendar): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - offsetMs(calendar));
}

export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Whether a local date is a working day; a date outside the calendar's cover throws CalendarNotCoveredError. */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (date < calendar.cover.from || date > calendar.cover.to)
    throw new CalendarNotCoveredError(date, calendar.cover);
  const isoWeekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return calendar.workWeek.has(isoWeekday) && !calendar.holidays.has(date);
}

/**
 * The deadline `days` working days after `start`: the end of the `days`-th working day that
 * follows the local date of `start` (the start day itself never counts, however early it is).
 * Returned as the instant the next local day begins, so `now < deadline` reads "still in time".
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkCalendar): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer: ${days}`);
  let date = localDate(start, calendar);
  let counted = 0;
  for (let guard = 0; counted < days; guard += 1) {
    if (guard > 3_660) throw new RangeError('calendar has no working day in ten years');
    date = nextDate(date);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return startOfLocalDate(nextDate(date), calendar);
}

/** Working dates from `first` to `last` (local dates, both included). */
export function countWorkingDates(first: string, last: string, calendar: WorkCalendar): number {
  let counted = 0;
  for (let date = first, guard = 0; date <= last; date = nextDate(date), guard += 1) {
    if (guard > 3_660) throw new RangeError('period longer than ten years');
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return counted;
}

/**
 * Working days from `start` to `end`, counted as deadlines count them: the working dates after
 * the local date of `start`, up to and including that of `end` (the same day is 0). So a stage
 * is within an N-day service level exactly when this is at most N.
 */
export function workingDaysBetween(start: Date, end: Date, calendar: WorkCalendar): number {
  return countWorkingDates(nextDate(localDate(start, calendar)), localDate(end, calendar), calendar);
}

/** Days from the local date of `now` to the calendar's last covered date (0 on that date, negative after). */
export function calendarDaysLeft(now: Date, calendar: WorkCalendar): number {
  return Math.round(
    (Date.parse(`${calendar.cover.to}T00:00:00Z`) - Date.parse(`${localDate(now, calendar)}T00:00:00Z`)) /
      DAY_MS,
  );
}
