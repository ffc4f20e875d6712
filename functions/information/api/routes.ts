import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { instant, requestId } from '#app/api/route-parts';
import { ROLES } from '#kernel/domain/roles';
import type { RouteSpec } from '#kernel/http/route-spec';

const announcement = z
  .object({
    title: z.string().trim().min(3).max(200),
    body: z.string().trim().min(1).max(20_000),
    audience: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ALL') }).strict(),
      z.object({ kind: z.literal('UNIT'), unit: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }).strict(),
      z.object({ kind: z.literal('ROLE'), role: z.enum(ROLES) }).strict(),
    ]),
    publishAt: instant.optional(),
    expiresAt: instant.optional(),
  })
  .strict();

/** The routes of the information slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  listAnnouncements: {
    method: 'GET',
    path: '/announcements',
    handler: 'list-announcements',
    summary: 'Pengumuman yang sedang tayang bagi pengguna (admin BKPSDM: semua, dengan all=true).',
    auth: ROLES,
    access: ['table:read'],
    responses: RESPONSES.listAnnouncements,
    query: z.object({ all: z.enum(['true', 'false']).default('false') }).strict(),
  },
  createAnnouncement: {
    method: 'POST',
    path: '/announcements',
    handler: 'create-announcement',
    summary: 'Menerbitkan pengumuman (Markdown) untuk semua pengguna, satu unit, atau satu peran.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.createAnnouncement,
    body: announcement,
  },
  updateAnnouncement: {
    method: 'PUT',
    path: '/announcements/{id}',
    handler: 'update-announcement',
    summary: 'Mengubah pengumuman.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.updateAnnouncement,
    params: requestId,
    body: announcement,
  },
  deleteAnnouncement: {
    method: 'DELETE',
    path: '/announcements/{id}',
    handler: 'delete-announcement',
    summary: 'Menghapus pengumuman.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.deleteAnnouncement,
    params: requestId,
  },
} as const satisfies Record<string, RouteSpec>;
