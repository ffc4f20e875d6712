import { toCsv, toXlsx } from '#kernel/adapters/spreadsheet';
import type { HttpResult } from '#kernel/http/http';
import { REPORT_FORMATS } from '#reports/api/routes';
import type { Sheet } from '#reports/domain/tables';

/**
 * A report in the format asked for: JSON as it is; CSV (the first sheet) or XLSX (every sheet)
 * as a file named after the report and its period.
 */
export async function reportResult<
  Report extends { readonly period: { readonly from: string; readonly to: string } },
>(
  format: 'json' | 'csv' | 'xlsx',
  name: string,
  report: Report,
  sheets: () => Sheet[],
): Promise<{ status: 200; body: Report } | { status: 200; file: NonNullable<HttpResult['file']> }> {
  if (format === 'json') return { status: 200, body: report };
  const fileName = `${name}-${report.period.from}-${report.period.to}.${format}`;
  const tables = sheets();
  const bytes =
    format === 'csv' ? Buffer.from(toCsv(tables[0] ?? { columns: [], rows: [] })) : await toXlsx(tables);
  return { status: 200, file: { bytes, contentType: REPORT_FORMATS[format], fileName } };
}
