import { z } from 'zod';
import type { Role } from '#kernel/domain/roles';
import { DOCUMENT_CONTENT_TYPES } from '#requests/domain/request';

/*
 * What the slices' route tables (functions/<slice>/api/routes.ts) share: the role groups and the
 * request schemas that more than one slice's routes take.
 */

export const OFFICIALS: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER'];
export const APPLICANTS: readonly Role[] = ['ASN', 'UNIT_ADMIN'];
export const REQUEST_READERS: readonly Role[] = [...APPLICANTS, ...OFFICIALS, 'AUDITOR'];
/** Who reads employees' master data and archives (each use case scopes it further). */
export const EMPLOYEE_READERS: readonly Role[] = [...REQUEST_READERS, 'AGENCY_ADMIN'];
export const requestId = z.object({ id: z.uuid() });
/** Cognito usernames as agencies issue them: letters, digits, dot, dash, underscore. */
export const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'nama pengguna 3–64 huruf kecil, angka, titik, garis');
export const pageSize = z.coerce.number().int().min(1).max(100).default(25);
export const cursor = z.string().max(4096).optional();
export const nip = z.string().regex(/^\d{18}$/, 'NIP terdiri atas 18 angka');
export const note = z.string().trim().min(1).max(2000);
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // Format characters (\p{Cf}) disguise a name: a right-to-left override shows `sk\u202Efdp.exe` as `skexe.pdf`.
  .regex(
    /^[^/\\\p{Cc}\p{Cf}]+$/u,
    'nama berkas tidak boleh memuat garis miring, karakter kendali, atau karakter format tak terlihat (pembalik arah, lebar-nol)',
  );
export const upload = z
  .object({ fileName, contentType: z.enum(DOCUMENT_CONTENT_TYPES), size: z.number().int().min(1) })
  .strict();
export const isoDate = z.iso.date();
export const requirementCode = z.string().regex(/^[A-Z0-9_]{2,60}$/);
export const instant = z.iso.datetime({ offset: true });
