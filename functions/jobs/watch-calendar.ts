import { z } from 'zod';
import { businessMetrics } from '#adapters/business-metrics';
import { clock } from '#adapters/clock';
import { settings } from '#adapters/settings';
import { calendarDaysLeft, workCalendar } from '#domain/working-days';
import { stepHandler } from '#steps/step';

/**
 * Runs on a schedule: reports how many days the deployed holiday calendar still covers
 * (CalendarDaysLeft), which the calendar alarm watches (below 60: deploy next year's calendar).
 */
export const handler = stepHandler(z.unknown(), async () => {
  const daysLeft = calendarDaysLeft(clock.now(), workCalendar(settings));
  businessMetrics.calendarDaysLeft(daysLeft);
  return { daysLeft, coveredUntil: settings.holidaysCover.to };
});
