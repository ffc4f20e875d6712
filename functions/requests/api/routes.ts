import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import {
  APPLICANTS,
  cursor,
  nip,
  note,
  OFFICIALS,
  pageSize,
  REQUEST_READERS,
  requestId,
  requirementCode,
  upload,
} from '#app/api/route-parts';
import type { Role } from '#kernel/domain/roles';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import { STAGES } from '#kernel/domain/stages';
import type { RouteSpec } from '#kernel/http/route-spec';
import { OUTCOMES } from '#requests/domain/lifecycle';
import { REQUEST_STATUSES, WAITS } from '#requests/domain/request';
import { SCOPES } from '#requests/use-cases/list-requests';

const STAFF_READERS: readonly Role[] = [...OFFICIALS, 'AUDITOR'];
const documentPath = z.object({ id: z.uuid(), documentId: z.uuid() });

/** The routes of the requests slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  createRequest: {
    method: 'POST',
    path: '/requests',
    handler: 'create-request',
    summary: 'Membuat draf permohonan layanan (header Idempotency-Key opsional).',
    auth: APPLICANTS,
    access: ['table:read', 'table:write'],
    responses: RESPONSES.createRequest,
    body: z
      .object({ serviceType: z.string().min(2).max(40), details: z.unknown(), applicantNip: nip.optional() })
      .strict(),
  },
  listRequests: {
    method: 'GET',
    path: '/requests',
    handler: 'list-requests',
    summary: 'Daftar permohonan: milik sendiri, unit, atau seluruhnya, menurut status dan layanan.',
    auth: REQUEST_READERS,
    access: ['table:read'],
    responses: RESPONSES.listRequests,
    query: z
      .object({
        scope: z.enum(SCOPES).default('mine'),
        status: z.enum(REQUEST_STATUSES).optional(),
        serviceType: z.enum(SERVICE_CODES).optional(),
        limit: pageSize,
        cursor,
      })
      .strict(),
  },
  getRequest: {
    method: 'GET',
    path: '/requests/{id}',
    handler: 'get-request',
    summary: 'Perincian permohonan dan dokumennya.',
    auth: REQUEST_READERS,
    access: ['table:read'],
    responses: RESPONSES.getRequest,
    params: requestId,
  },
  addDocument: {
    method: 'POST',
    path: '/requests/{id}/documents',
    handler: 'add-document',
    summary:
      'Mendaftarkan dokumen persyaratan dan memberi alamat unggah, atau mengambilnya dari arsip digital pemohon.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'uploads:write', 'workflow:resume'],
    responses: RESPONSES.addDocument,
    params: requestId,
    body: z.union([
      upload.extend({ requirementCode }).strict(),
      z.object({ requirementCode, archiveDocumentId: z.uuid() }).strict(),
    ]),
  },
  getDocument: {
    method: 'GET',
    path: '/requests/{id}/documents/{documentId}',
    handler: 'get-document',
    summary: 'Satu dokumen persyaratan dengan alamat unduh sementara (untuk diperiksa).',
    auth: REQUEST_READERS,
    access: ['table:read', 'uploads:read', 'confirmed:read', 'archive:read'],
    responses: RESPONSES.getDocument,
    params: documentPath,
  },
  markDocument: {
    method: 'POST',
    path: '/requests/{id}/documents/{documentId}/verification',
    handler: 'mark-document',
    summary: 'Menandai satu dokumen persyaratan valid atau tidak valid (dengan alasan).',
    auth: ['VERIFIER'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.markDocument,
    params: documentPath,
    body: z.object({ status: z.enum(['VALID', 'INVALID']), reason: note.optional() }).strict(),
  },
  unmarkDocument: {
    method: 'DELETE',
    path: '/requests/{id}/documents/{documentId}/verification',
    handler: 'unmark-document',
    summary: 'Membatalkan tanda verifikasi dokumen sebelum keputusan verifikasi.',
    auth: ['VERIFIER'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.unmarkDocument,
    params: documentPath,
  },
  submitRequest: {
    method: 'POST',
    path: '/requests/{id}/submit',
    handler: 'submit-request',
    summary: 'Mengajukan permohonan untuk diverifikasi.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'uploads:read', 'confirmed:write', 'workflow:start'],
    responses: RESPONSES.submitRequest,
    params: requestId,
  },
  resubmitRequest: {
    method: 'POST',
    path: '/requests/{id}/resubmit',
    handler: 'resubmit-request',
    summary: 'Mengajukan kembali permohonan setelah dokumen yang kurang dilengkapi.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'uploads:read', 'confirmed:write', 'workflow:resume'],
    responses: RESPONSES.resubmitRequest,
    params: requestId,
  },
  requestExtension: {
    method: 'POST',
    path: '/requests/{id}/extension',
    handler: 'request-extension',
    summary: 'Meminta satu kali perpanjangan waktu perbaikan dokumen.',
    auth: APPLICANTS,
    access: ['table:read', 'table:write', 'workflow:resume'],
    responses: RESPONSES.requestExtension,
    params: requestId,
    body: z.object({ reason: note, days: z.number().int().min(1).max(30) }).strict(),
  },
  decideExtension: {
    method: 'POST',
    path: '/requests/{id}/extension/decision',
    handler: 'decide-extension',
    summary: 'Menyetujui atau menolak permintaan perpanjangan waktu perbaikan.',
    auth: ['VERIFIER'],
    access: ['table:read', 'table:write', 'workflow:resume'],
    responses: RESPONSES.decideExtension,
    params: requestId,
    body: z
      .object({ grant: z.boolean(), days: z.number().int().min(1).max(30).optional(), note: note.optional() })
      .strict(),
  },
  listTasks: {
    method: 'GET',
    path: '/tasks',
    handler: 'list-tasks',
    summary: 'Antrean pekerjaan, batas waktu terdekat lebih dahulu, yang terlambat ditandai.',
    auth: OFFICIALS,
    access: ['table:read'],
    responses: RESPONSES.listTasks,
    query: z.object({ stage: z.enum(WAITS).optional(), limit: pageSize, cursor }).strict(),
  },
  claimRequest: {
    method: 'POST',
    path: '/requests/{id}/claim',
    handler: 'claim-request',
    summary: 'Mengambil permohonan dari antrean untuk ditangani.',
    auth: OFFICIALS,
    access: ['table:read', 'table:write'],
    responses: RESPONSES.claimRequest,
    params: requestId,
  },
  releaseRequest: {
    method: 'DELETE',
    path: '/requests/{id}/claim',
    handler: 'release-request',
    summary: 'Melepas permohonan kembali ke antrean.',
    auth: OFFICIALS,
    access: ['table:read', 'table:write'],
    responses: RESPONSES.releaseRequest,
    params: requestId,
  },
  assignRequest: {
    method: 'POST',
    path: '/requests/{id}/assignment',
    handler: 'assign-request',
    summary: 'Menugaskan permohonan kepada petugas lain (pejabat pengawas).',
    auth: ['SUPERVISOR'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.assignRequest,
    params: requestId,
    body: z.object({ username: z.string().min(1).max(128) }).strict(),
  },
  recordDecision: {
    method: 'POST',
    path: '/requests/{id}/decisions',
    handler: 'record-decision',
    summary: 'Keputusan pada tahap verifikasi, validasi, atau penandatanganan.',
    auth: OFFICIALS,
    access: ['table:read', 'table:write', 'uploads:read', 'confirmed:write', 'workflow:resume'],
    responses: RESPONSES.recordDecision,
    params: requestId,
    body: z
      .object({
        stage: z.enum(STAGES),
        outcome: z.enum(OUTCOMES),
        note: note.optional(),
        deficiencies: z
          .array(z.object({ requirementCode: z.string().regex(/^[A-Z0-9_]{2,60}$/), reason: note }).strict())
          .max(50)
          .optional(),
        newBaseSalary: z
          .number()
          .int()
          .min(1)
          .max(100_000_000)
          .optional()
          .meta({
            description:
              'KGB, saat verifikator menerima berkas (ACCEPT): gaji pokok baru dalam rupiah menurut lampiran ' +
              'PP 7/1977 sebagaimana diubah terakhir dengan PP 5/2024, bila daftar gaji pokok instansi belum ' +
              'memuat golongan dan masa kerja golongannya. Surat KGB menyebut bahwa angka itu diisi verifikator.',
          }),
      })
      .strict(),
  },
  registerSignedScan: {
    method: 'POST',
    path: '/requests/{id}/signed-scan',
    handler: 'register-signed-scan',
    summary: 'Mendaftarkan pindaian dokumen bertanda tangan basah dan memberi alamat unggah.',
    auth: ['SIGNER', 'VERIFIER'],
    access: ['table:read', 'table:write', 'uploads:write'],
    responses: RESPONSES.registerSignedScan,
    params: requestId,
    body: upload,
  },
  getDraft: {
    method: 'GET',
    path: '/requests/{id}/draft',
    handler: 'get-draft',
    summary: 'Draf dokumen untuk diperiksa, atau untuk dicetak sebelum tanda tangan basah.',
    auth: STAFF_READERS,
    access: ['table:read', 'archive:read'],
    responses: RESPONSES.getDraft,
    params: requestId,
  },
  answerSurvey: {
    method: 'POST',
    path: '/requests/{id}/survey',
    handler: 'answer-survey',
    summary: 'Mengisi survei kepuasan masyarakat (sembilan unsur, skala 1–4).',
    auth: ['ASN'],
    access: ['table:read', 'table:write', 'workflow:resume'],
    responses: RESPONSES.answerSurvey,
    params: requestId,
    body: z
      .object({
        scores: z.array(z.number().int().min(1).max(4)).length(9),
        comment: z.string().trim().max(2000).optional(),
      })
      .strict(),
  },
  getOutput: {
    method: 'GET',
    path: '/requests/{id}/output',
    handler: 'get-output',
    summary: 'Dokumen hasil layanan (terkunci sampai survei diisi).',
    auth: REQUEST_READERS,
    access: ['table:read', 'table:write', 'archive:read', 'workflow:resume'],
    responses: RESPONSES.getOutput,
    params: requestId,
  },
  recordHandover: {
    method: 'POST',
    path: '/requests/{id}/handover',
    handler: 'record-handover',
    summary: 'Mencatat penyerahan fisik dokumen kepada pemohon.',
    auth: ['VERIFIER'],
    access: ['table:read', 'table:write', 'workflow:resume'],
    responses: RESPONSES.recordHandover,
    params: requestId,
    body: z.object({ recipientName: z.string().trim().min(3).max(200), note: note.optional() }).strict(),
  },
  getHistory: {
    method: 'GET',
    path: '/requests/{id}/history',
    handler: 'get-history',
    summary: 'Jejak audit dan riwayat eksekusi alur kerja permohonan.',
    auth: REQUEST_READERS,
    scope: 'history.read',
    access: ['table:read', 'workflow:read'],
    responses: RESPONSES.getHistory,
    params: requestId,
  },
  getAuditChain: {
    method: 'GET',
    path: '/requests/{id}/audit-chain',
    handler: 'get-audit-chain',
    summary:
      'Memeriksa keutuhan rantai hash jejak audit permohonan dan menunjukkan mata rantai pertama yang rusak.',
    auth: ['AUDITOR'],
    scope: 'verification.read',
    access: ['table:read'],
    responses: RESPONSES.getAuditChain,
    params: requestId,
  },
} as const satisfies Record<string, RouteSpec>;
