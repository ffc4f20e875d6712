import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { cursor, pageSize, requestId, upload } from '#app/api/route-parts';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from '#complaints/domain/complaints';
import { ROLES, type Role } from '#kernel/domain/roles';
import type { RouteSpec } from '#kernel/http/route-spec';

/** Everyone with an account files and follows complaints, except auditors, who change nothing. */
const COMPLAINANTS: readonly Role[] = ROLES.filter((role) => role !== 'AUDITOR');

/** The routes of the complaints slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  fileComplaint: {
    method: 'POST',
    path: '/complaints',
    handler: 'file-complaint',
    summary: 'Menyampaikan pengaduan tentang layanan atau penggunaan sistem (lampiran opsional).',
    auth: COMPLAINANTS,
    access: ['table:read', 'table:write', 'uploads:write', 'mail:send'],
    responses: RESPONSES.fileComplaint,
    body: z
      .object({
        category: z.enum(Object.keys(COMPLAINT_CATEGORIES) as [keyof typeof COMPLAINT_CATEGORIES]),
        text: z.string().trim().min(10).max(4000),
        requestId: z.uuid().optional(),
        attachment: upload.optional(),
      })
      .strict(),
  },
  listComplaints: {
    method: 'GET',
    path: '/complaints',
    handler: 'list-complaints',
    summary: 'Pengaduan milik sendiri, atau (tim pengelola, auditor) semua pengaduan menurut status.',
    auth: ROLES,
    access: ['table:read'],
    responses: RESPONSES.listComplaints,
    query: z
      .object({
        scope: z.enum(['mine', 'all']).default('mine'),
        status: z
          .enum(Object.keys(COMPLAINT_STATUSES) as [keyof typeof COMPLAINT_STATUSES])
          .default('RECEIVED'),
        limit: pageSize,
        cursor,
      })
      .strict(),
  },
  getComplaint: {
    method: 'GET',
    path: '/complaints/{id}',
    handler: 'get-complaint',
    summary: 'Satu pengaduan dengan jawabannya; identitas pengadu hanya bagi tim pengelola.',
    auth: ROLES,
    access: ['table:read'],
    responses: RESPONSES.getComplaint,
    params: requestId,
  },
  answerComplaint: {
    method: 'POST',
    path: '/complaints/{id}/answers',
    handler: 'answer-complaint',
    summary: 'Menjawab pengaduan (tim pengelola); pengadu menerima surel.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'mail:send'],
    responses: RESPONSES.answerComplaint,
    params: requestId,
    body: z.object({ text: z.string().trim().min(3).max(4000) }).strict(),
  },
  moveComplaint: {
    method: 'POST',
    path: '/complaints/{id}/status',
    handler: 'move-complaint',
    summary: 'Menandai pengaduan sedang ditangani atau selesai.',
    auth: COMPLAINANTS,
    access: ['table:read', 'table:write', 'mail:send'],
    responses: RESPONSES.moveComplaint,
    params: requestId,
    body: z.object({ status: z.enum(['IN_PROGRESS', 'CLOSED']) }).strict(),
  },
  getComplaintAttachment: {
    method: 'GET',
    path: '/complaints/{id}/attachment',
    handler: 'get-complaint-attachment',
    summary: 'Lampiran pengaduan, diperiksa menurut isinya, dengan alamat unduh sementara.',
    auth: ROLES,
    access: ['table:read', 'uploads:read'],
    responses: RESPONSES.getComplaintAttachment,
    params: requestId,
  },
} as const satisfies Record<string, RouteSpec>;
