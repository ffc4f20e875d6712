import { clock } from '#adapters/clock';
import { surveyRecords } from '#adapters/directory-records';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { performanceSheets } from '#domain/report-tables';
import { performanceReport } from '#domain/use-cases/reports';
import { httpRoute } from './http';
import { reportResult } from './report-file';
import { routes } from './routes';

const deps = { records: requests, surveys: surveyRecords, settings, clock };

export const handler = httpRoute(routes.performanceReport, async ({ query }) => {
  const { format, ...period } = query;
  const report = await performanceReport(deps, period);
  return reportResult(format, 'kinerja-layanan', report, () => performanceSheets(report));
});
