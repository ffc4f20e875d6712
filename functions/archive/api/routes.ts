import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import {
  APPLICANTS,
  cursor,
  EMPLOYEE_READERS,
  nip,
  pageSize,
  requirementCode,
  upload,
} from '#app/api/route-parts';
import type { RouteSpec } from '#kernel/http/route-spec';

/** The routes of the archive slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  listArchive: {
    method: 'GET',
    path: '/archive',
    handler: 'list-archive',
    summary: 'Arsip digital pegawai: milik sendiri, atau pegawai lain (nip) bagi yang berwenang.',
    auth: EMPLOYEE_READERS,
    access: ['table:read'],
    responses: RESPONSES.listArchive,
    query: z.object({ nip: nip.optional(), limit: pageSize, cursor }).strict(),
  },
  getArchivedDocument: {
    method: 'GET',
    path: '/archive/{documentId}',
    handler: 'get-archived-document',
    summary: 'Satu dokumen arsip digital dengan alamat unduh sementara.',
    auth: EMPLOYEE_READERS,
    access: ['table:read', 'archive:read'],
    responses: RESPONSES.getArchivedDocument,
    params: z.object({ documentId: z.uuid() }),
  },
  addPersonalDocument: {
    method: 'POST',
    path: '/archive',
    handler: 'add-personal-document',
    summary:
      'Menambahkan dokumen kepegawaian (SK CPNS, SK PNS, ijazah…) ke arsip digital: memberi alamat unggah.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'uploads:write'],
    responses: RESPONSES.addPersonalDocument,
    body: upload
      .extend({
        nip: nip.optional(),
        requirementCode: requirementCode.optional(),
        title: z.string().trim().min(3).max(200),
      })
      .strict(),
  },
  storePersonalDocument: {
    method: 'POST',
    path: '/archive/{documentId}/confirmation',
    handler: 'store-personal-document',
    summary:
      'Memeriksa berkas yang telah diunggah ke arsip (jenis menurut isi, ukuran) lalu menyimpannya: dokumen pribadi, atau pindaian layanan manual.',
    auth: [...APPLICANTS, 'AGENCY_ADMIN', 'VERIFIER'],
    access: ['table:read', 'table:write', 'uploads:read', 'archive:personal', 'archive:write'],
    responses: RESPONSES.storePersonalDocument,
    params: z.object({ documentId: z.uuid() }),
  },
} as const satisfies Record<string, RouteSpec>;
