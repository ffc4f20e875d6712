import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { nip, username } from '#app/api/route-parts';
import { ROLES } from '#kernel/domain/roles';
import type { RouteSpec } from '#kernel/http/route-spec';

const accountPath = z.object({ username });
/** The division (bidang) a validating official works for, as the agency's config names it. */
const division = z
  .string()
  .regex(/^[A-Z0-9_]{2,30}$/)
  .optional();

/** The routes of the accounts slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  listAccounts: {
    method: 'GET',
    path: '/accounts',
    handler: 'list-accounts',
    summary: 'Akun pemegang satu peran (pengelolaan akun oleh Admin BKPSDM, Pasal 5(3)).',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read'],
    responses: RESPONSES.listAccounts,
    query: z.object({ role: z.enum(ROLES) }).strict(),
  },
  getAccount: {
    method: 'GET',
    path: '/accounts/{username}',
    handler: 'get-account',
    summary: 'Satu akun: peran, unit, status, kewajiban verifikasi dua langkah, dan riwayat pengelolaannya.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read'],
    responses: RESPONSES.getAccount,
    params: accountPath,
  },
  createAccount: {
    method: 'POST',
    path: '/accounts',
    handler: 'create-account',
    summary: 'Membuat akun bagi seorang pegawai; kata sandi sementara dikirim ke surelnya.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'accounts:admin'],
    responses: RESPONSES.createAccount,
    body: z
      .object({
        username,
        nip,
        roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
        email: z.email().max(254).optional(),
        division,
      })
      .strict(),
  },
  resetAccountPassword: {
    method: 'POST',
    path: '/accounts/{username}/password-reset',
    handler: 'reset-account-password',
    summary: 'Mengatur ulang kata sandi sebuah akun; kode atau kata sandi baru dikirim ke surel pemiliknya.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'accounts:admin'],
    responses: RESPONSES.resetAccountPassword,
    params: accountPath,
  },
  setAccountStatus: {
    method: 'PUT',
    path: '/accounts/{username}/status',
    handler: 'set-account-status',
    summary: 'Menonaktifkan (dan mengeluarkan dari semua sesi) atau mengaktifkan kembali sebuah akun.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'accounts:admin'],
    responses: RESPONSES.setAccountStatus,
    params: accountPath,
    body: z.object({ enabled: z.boolean() }).strict(),
  },
  changeAccountRoles: {
    method: 'PUT',
    path: '/accounts/{username}/roles',
    handler: 'change-account-roles',
    summary: 'Mengubah peran sebuah akun dan, bila pindah, unitnya.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write', 'accounts:admin'],
    responses: RESPONSES.changeAccountRoles,
    params: accountPath,
    body: z
      .object({
        roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
        unit: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,40}$/)
          .optional(),
        division,
      })
      .strict(),
  },
} as const satisfies Record<string, RouteSpec>;
