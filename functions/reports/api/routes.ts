import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { isoDate } from '#app/api/route-parts';
import type { Role } from '#kernel/domain/roles';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import type { RouteSpec } from '#kernel/http/route-spec';

const REPORT_READERS: readonly Role[] = ['AGENCY_ADMIN', 'AUDITOR', 'SUPERVISOR', 'ADMINISTRATOR'];
export const REPORT_FORMATS = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const reportQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    serviceType: z.enum(SERVICE_CODES).optional(),
    unit: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/)
      .optional(),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .strict();

/** The routes of the reports slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  performanceReport: {
    method: 'GET',
    path: '/reports/performance',
    handler: 'performance-report',
    summary:
      'Kinerja layanan dalam satu periode per layanan dan tahap: diterima, selesai, ditolak, terlambat, waktu per tahap, IKM (JSON, CSV, XLSX).',
    auth: REPORT_READERS,
    scope: 'reports.read',
    access: ['table:read'],
    responses: RESPONSES.performanceReport,
    query: reportQuery,
    produces: Object.values(REPORT_FORMATS),
  },
  satisfactionReport: {
    method: 'GET',
    path: '/reports/satisfaction',
    handler: 'satisfaction-report',
    summary:
      'Indeks Kepuasan Masyarakat per layanan, per unit dan instansi, dengan NRR tiap unsur (JSON, CSV, XLSX).',
    auth: REPORT_READERS,
    scope: 'reports.read',
    access: ['table:read'],
    responses: RESPONSES.satisfactionReport,
    query: reportQuery,
    produces: Object.values(REPORT_FORMATS),
  },
  surveyQuestionnaire: {
    method: 'GET',
    path: '/surveys/questionnaire',
    handler: 'survey-questionnaire',
    summary: 'Kuesioner survei kepuasan masyarakat: sembilan unsur, skala 1–4 (PermenPANRB 14/2017).',
    auth: 'public',
    access: [],
    responses: RESPONSES.surveyQuestionnaire,
  },
} as const satisfies Record<string, RouteSpec>;
