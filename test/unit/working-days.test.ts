import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarNotCoveredError,
  calendarDaysLeft,
  countWorkingDates,
  isWorkingDay,
  localDate,
  workCalendar,
  workingDaysBetween,
} from '#kernel/domain/working-days';
import { httpStatus } from '#kernel/http/error-status';

const wib = workCalendar({
  timeZone: 'WIB',
  workWeek: [1, 2, 3, 4, 5],
  holidays: [
    { date: '2026-03-19', name: 'Nyepi', kind: 'LIBUR_NASIONAL' },
    { date: '2026-03-20', name: 'Cuti bersama Idulfitri', kind: 'CUTI_BERSAMA' },
    { date: '2026-03-23', name: 'Cuti bersama Idulfitri', kind: 'CUTI_BERSAMA' },
  ],
  holidaysCover: { from: '2026-01-01', to: '2026-12-31' },
});

describe('addWorkingDays', () => {
  it('ends the deadline at midnight local time after the Nth working day following the start day', () => {
    // Monday 23 November 2026, 08:00 WIB
    const due = addWorkingDays(new Date('2026-11-23T01:00:00Z'), 2, wib);
    // end of Wednesday 25 November (WIB) = 2026-11-25T17:00Z
    expect(due.toISOString()).toBe('2026-11-25T17:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 27 November 2026 10:00 WIB + 1 working day → end of Monday 30 November
    expect(addWorkingDays(new Date('2026-11-27T03:00:00Z'), 1, wib).toISOString()).toBe(
      '2026-11-30T17:00:00.000Z',
    );
  });

  it('skips national holidays and cuti bersama', () => {
    // Wednesday 18 March 2026: Thu 19 (Nyepi), Fri 20 (cuti bersama), weekend, Mon 23 (cuti bersama) skipped
    expect(addWorkingDays(new Date('2026-03-18T02:00:00Z'), 1, wib).toISOString()).toBe(
      '2026-03-24T17:00:00.000Z',
    );
  });

  it('counts days in the agency’s time zone, not UTC', () => {
    // 23:30 WIB on Friday is still Friday in Jakarta though Friday 16:30 UTC; in WIT (UTC+9) it is Saturday.
    const instant = new Date('2026-11-27T16:30:00Z');
    const wit = workCalendar({
      timeZone: 'WIT',
      workWeek: [1, 2, 3, 4, 5],
      holidays: [],
      holidaysCover: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(localDate(instant, wib)).toBe('2026-11-27');
    expect(localDate(instant, wit)).toBe('2026-11-28');
    expect(addWorkingDays(instant, 1, wit).toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('starts counting on the next working day when submitted on a holiday', () => {
    expect(isWorkingDay('2026-03-19', wib)).toBe(false);
    expect(addWorkingDays(new Date('2026-03-19T03:00:00Z'), 1, wib).toISOString()).toBe(
      '2026-03-24T17:00:00.000Z',
    );
  });

  it('refuses a day count that is not a positive integer', () => {
    expect(() => addWorkingDays(new Date(), 0, wib)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5, wib)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working dates after the start’s local date up to the end’s, as deadlines count them', () => {
    // Same day: 0. Monday 08:00 WIB to Tuesday 09:00 WIB: 1.
    expect(workingDaysBetween(new Date('2026-11-23T01:00:00Z'), new Date('2026-11-23T09:00:00Z'), wib)).toBe(
      0,
    );
    expect(workingDaysBetween(new Date('2026-11-23T01:00:00Z'), new Date('2026-11-24T02:00:00Z'), wib)).toBe(
      1,
    );
    // Friday to Monday: the weekend does not count.
    expect(workingDaysBetween(new Date('2026-11-27T03:00:00Z'), new Date('2026-11-30T03:00:00Z'), wib)).toBe(
      1,
    );
    // Wednesday 18 March to Tuesday 24 March 2026: Nyepi and cuti bersama do not count.
    expect(workingDaysBetween(new Date('2026-03-18T03:00:00Z'), new Date('2026-03-24T03:00:00Z'), wib)).toBe(
      1,
    );
  });

  it('agrees with addWorkingDays: a stage ended before its deadline took at most its service level', () => {
    const start = new Date('2026-11-27T03:00:00Z');
    const due = addWorkingDays(start, 3, wib);
    expect(workingDaysBetween(start, new Date(due.getTime() - 1), wib)).toBe(3);
    expect(workingDaysBetween(start, due, wib)).toBe(4);
  });
});

describe('the calendar’s cover', () => {
  it('refuses a deadline that runs past the last date the holiday calendar knows', () => {
    // Monday 28 December 2026 + 4 working days reaches into 2027, which this calendar does not cover.
    const start = new Date('2026-12-28T01:00:00Z');
    expect(addWorkingDays(start, 3, wib).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(() => addWorkingDays(start, 4, wib)).toThrow(CalendarNotCoveredError);
    expect(() => addWorkingDays(start, 4, wib)).toThrow(/2026-01-01 s\.d\. 2026-12-31.*2027-01-01/);
  });

  it('answers 503 CALENDAR_NOT_COVERED through the API rather than guess a working day', () => {
    const error = (() => {
      try {
        isWorkingDay('2027-01-04', wib);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CalendarNotCoveredError);
    expect(error).toMatchObject({ code: 'CALENDAR_NOT_COVERED' });
    expect(httpStatus(error as CalendarNotCoveredError)).toBe(503);
  });

  it('refuses dates before the calendar begins as well', () => {
    expect(() => countWorkingDates('2025-12-30', '2026-01-02', wib)).toThrow(CalendarNotCoveredError);
    expect(countWorkingDates('2026-01-01', '2026-01-02', wib)).toBe(2);
  });

  it('counts the days left to its last covered date in the agency’s time zone, for the calendar alarm', () => {
    // 1 December 2026 23:30 WIB is still 1 December in Jakarta, 30 days before 31 December.
    expect(calendarDaysLeft(new Date('2026-12-01T16:30:00Z'), wib)).toBe(30);
    expect(calendarDaysLeft(new Date('2026-12-31T03:00:00Z'), wib)).toBe(0);
  });
});
