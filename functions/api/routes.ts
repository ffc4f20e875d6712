import { z } from 'zod';
import { OUTCOMES } from '#domain/lifecycle';
import { DOCUMENT_CONTENT_TYPES, STAGES } from '#domain/request';
import type { Role } from '#domain/roles';
import type { RouteSpec } from './route-spec';

const OFFICIALS: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER'];
const APPLICANTS: readonly Role[] = ['ASN', 'UNIT_ADMIN'];
const REQUEST_READERS: readonly Role[] = [...APPLICANTS, ...OFFICIALS, 'AUDITOR'];

const requestId = z.object({ id: z.uuid() });
const pageSize = z.coerce.number().int().min(1).max(100).default(25);
const cursor = z.string().max(2048).optional();

/** The route table: every HTTP route of the API, and who may call it. */
export const routes = {
  health: {
    method: 'GET',
    path: '/health',
    handler: 'health',
    summary: 'Memeriksa bahwa layanan berjalan.',
    auth: 'public',
    access: [],
  },
  listServices: {
    method: 'GET',
    path: '/services',
    handler: 'list-services',
    summary: 'Katalog layanan kepegawaian beserta standar pelayanannya.',
    auth: 'public',
    access: [],
  },
  getService: {
    method: 'GET',
    path: '/services/{code}',
    handler: 'get-service',
    summary: 'Satu layanan dari katalog.',
    auth: 'public',
    access: [],
    params: z.object({ code: z.string().regex(/^[A-Z_]{2,40}$/) }),
  },
  createRequest: {
    method: 'POST',
    path: '/requests',
    handler: 'create-request',
    summary: 'Membuat draf permohonan layanan.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write'],
    body: z
      .object({
        serviceType: z.string().min(2).max(40),
        details: z.unknown(),
        applicantNip: z
          .string()
          .regex(/^\d{18}$/, 'NIP terdiri atas 18 angka')
          .optional(),
      })
      .strict(),
  },
  listRequests: {
    method: 'GET',
    path: '/requests',
    handler: 'list-requests',
    summary: 'Daftar permohonan milik pemohon.',
    auth: APPLICANTS,
    access: ['table:read'],
    query: z.object({ scope: z.enum(['mine']).default('mine'), limit: pageSize, cursor }),
  },
  getRequest: {
    method: 'GET',
    path: '/requests/{id}',
    handler: 'get-request',
    summary: 'Perincian permohonan dan dokumennya.',
    auth: REQUEST_READERS,
    access: ['table:read'],
    params: requestId,
  },
  addDocument: {
    method: 'POST',
    path: '/requests/{id}/documents',
    handler: 'add-document',
    summary: 'Mendaftarkan dokumen persyaratan dan memberi alamat unggah.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'uploads:write'],
    params: requestId,
    body: z
      .object({
        requirementCode: z.string().regex(/^[A-Z0-9_]{2,60}$/),
        fileName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\\p{Cc}]+$/u, 'nama berkas tidak boleh memuat garis miring atau karakter kendali'),
        contentType: z.enum(DOCUMENT_CONTENT_TYPES),
        size: z.number().int().min(1),
      })
      .strict(),
  },
  submitRequest: {
    method: 'POST',
    path: '/requests/{id}/submit',
    handler: 'submit-request',
    summary: 'Mengajukan permohonan untuk diverifikasi.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'uploads:read', 'workflow:start'],
    params: requestId,
  },
  listTasks: {
    method: 'GET',
    path: '/tasks',
    handler: 'list-tasks',
    summary: 'Antrean pekerjaan pejabat/verifikator, batas waktu terdekat lebih dahulu.',
    auth: OFFICIALS,
    access: ['table:read'],
    query: z.object({ stage: z.enum(STAGES).optional(), limit: pageSize, cursor }),
  },
  recordDecision: {
    method: 'POST',
    path: '/requests/{id}/decisions',
    handler: 'record-decision',
    summary: 'Keputusan pada tahap verifikasi, validasi, atau penandatanganan.',
    auth: OFFICIALS,
    access: ['table:read', 'table:write', 'workflow:resume'],
    params: requestId,
    body: z
      .object({
        stage: z.enum(STAGES),
        outcome: z.enum(OUTCOMES),
        note: z.string().trim().min(1).max(2000).optional(),
      })
      .strict(),
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
