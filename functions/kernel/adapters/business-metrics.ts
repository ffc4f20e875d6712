import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { BUSINESS_METRICS } from '#kernel/metrics';
import { metrics } from './observability';
import { settings } from './settings';

/** Business metrics carry the agency besides the service, so one account may hold several agencies. */
metrics.setDefaultDimensions({ agency: settings.agency.code });

export const businessMetrics = {
  requestSubmitted(): void {
    metrics.addMetric(BUSINESS_METRICS.requestsSubmitted, MetricUnit.Count, 1);
  },
  decided(outcome: string, count = 1): void {
    const single = metrics.singleMetric();
    single.addDimension('Outcome', outcome);
    single.addMetric(BUSINESS_METRICS.decisions, MetricUnit.Count, count);
  },
  slaBreached(): void {
    metrics.addMetric(BUSINESS_METRICS.slaBreaches, MetricUnit.Count, 1);
  },
  documentIssued(): void {
    metrics.addMetric(BUSINESS_METRICS.documentsIssued, MetricUnit.Count, 1);
  },
  mailFailed(): void {
    metrics.addMetric(BUSINESS_METRICS.mailsFailed, MetricUnit.Count, 1);
  },
  outboxOldestAge(seconds: number): void {
    metrics.addMetric(BUSINESS_METRICS.outboxOldestAge, MetricUnit.Seconds, Math.max(0, Math.round(seconds)));
  },
  calendarDaysLeft(days: number): void {
    metrics.addMetric(BUSINESS_METRICS.calendarDaysLeft, MetricUnit.Count, days);
  },
};
