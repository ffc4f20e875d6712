import { surveyRecords } from '#accounts/adapters/directory-records';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#reports/api/routes';
import { performanceSheets } from '#reports/domain/report-tables';
import { performanceReport } from '#reports/use-cases/reports';
import { requests } from '#requests/adapters/request-records';
import { reportResult } from './report-file';

const deps = { records: requests, surveys: surveyRecords, settings, clock };

export const handler = httpRoute(routes.performanceReport, async ({ query }) => {
  const { format, ...period } = query;
  const report = await performanceReport(deps, period);
  return reportResult(format, 'kinerja-layanan', report, () => performanceSheets(report));
});
