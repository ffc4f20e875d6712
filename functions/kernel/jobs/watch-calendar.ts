import { z } from 'zod';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { calendarDaysLeft, workCalendar } from '#kernel/domain/working-days';
import { stepHandler } from '#kernel/lambda/step-handler';

/**
 * Runs on a schedule: reports how many days the deployed holiday calendar still covers
 * (CalendarDaysLeft), which the calendar alarm watches (below 60: deploy next year's calendar).
 */
export const handler = stepHandler(z.unknown(), async () => {
  const daysLeft = calendarDaysLeft(clock.now(), workCalendar(settings));
  businessMetrics.calendarDaysLeft(daysLeft);
  return { daysLeft, coveredUntil: settings.holidaysCover.to };
});
