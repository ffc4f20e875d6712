import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { cursor, EMPLOYEE_READERS, nip, pageSize } from '#app/api/route-parts';
import { IMPORT_UPLOAD_MAX_BYTES } from '#files';
import { IN_BODY_FILE_BYTES } from '#kernel/http/payload';
import type { RouteSpec } from '#kernel/http/route-spec';

/** The routes of the employees slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  getEmployee: {
    method: 'GET',
    path: '/employees/{nip}',
    handler: 'get-employee',
    summary: 'Data induk seorang pegawai.',
    auth: EMPLOYEE_READERS,
    access: ['table:read'],
    responses: RESPONSES.getEmployee,
    params: z.object({ nip }),
  },
  listEmployees: {
    method: 'GET',
    path: '/employees',
    handler: 'list-employees',
    summary: 'Pegawai sebuah perangkat daerah, urut nama.',
    auth: ['UNIT_ADMIN', 'VERIFIER', 'AGENCY_ADMIN', 'AUDITOR'],
    access: ['table:read'],
    responses: RESPONSES.listEmployees,
    query: z
      .object({
        unit: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,40}$/)
          .optional(),
        limit: pageSize,
        cursor,
      })
      .strict(),
  },
  importEmployees: {
    method: 'POST',
    path: '/employees:import',
    handler: 'import-employees',
    summary:
      'Mengimpor data induk pegawai dari berkas CSV sistem kepegawaian (idempoten, kemajuan dapat dipantau).',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'imports:write', 'jobs:import'],
    responses: RESPONSES.importEmployees,
    text: {
      contentTypes: ['text/csv', 'text/plain'],
      maxBytes: IN_BODY_FILE_BYTES,
      largerVia: 'POST /employees/imports/uploads',
    },
  },
  registerImportUpload: {
    method: 'POST',
    path: '/employees/imports/uploads',
    handler: 'register-import-upload',
    summary: `Memberi alamat unggah (S3, 15 menit) untuk berkas CSV impor pegawai sampai ${IMPORT_UPLOAD_MAX_BYTES / 1_048_576} MB; lalu POST /employees/imports.`,
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'imports:write'],
    responses: RESPONSES.registerImportUpload,
    body: z.object({ size: z.number().int().min(1).max(IMPORT_UPLOAD_MAX_BYTES) }).strict(),
  },
  importUploadedEmployees: {
    method: 'POST',
    path: '/employees/imports',
    handler: 'import-uploaded-employees',
    summary:
      'Mengimpor data induk pegawai dari berkas CSV yang telah diunggah ke alamat unggahnya (idempoten).',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'imports:read', 'imports:write', 'jobs:import'],
    responses: RESPONSES.importUploadedEmployees,
    body: z.object({ uploadId: z.uuid() }).strict(),
  },
  getEmployeeImport: {
    method: 'GET',
    path: '/employees/imports/{id}',
    handler: 'get-employee-import',
    summary: 'Kemajuan dan galat per baris sebuah impor data pegawai.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read'],
    responses: RESPONSES.getEmployeeImport,
    params: z.object({ id: z.string().regex(/^[a-f0-9]{64}$/) }),
  },
} as const satisfies Record<string, RouteSpec>;
