import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { isoDate, nip, note, requestId } from '#app/api/route-parts';
import { VERIFY_UPLOAD_MAX_BYTES } from '#files';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import { IN_BODY_FILE_BYTES } from '#kernel/http/payload';
import type { RouteSpec } from '#kernel/http/route-spec';
import { DOCUMENT_CONTENT_TYPES } from '#requests';

/** The routes of the documents slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
  listSigningAuthorities: {
    method: 'GET',
    path: '/signing-authorities',
    handler: 'list-signing-authorities',
    summary: 'Pejabat yang berwenang menandatangani dokumen tiap layanan.',
    auth: ['AGENCY_ADMIN', 'SIGNER', 'AUDITOR'],
    access: ['table:read'],
    responses: RESPONSES.listSigningAuthorities,
    query: z.object({ serviceType: z.enum(SERVICE_CODES) }).strict(),
  },
  putSigningAuthority: {
    method: 'PUT',
    path: '/signing-authorities/{serviceType}/{username}',
    handler: 'put-signing-authority',
    summary: 'Menetapkan kewenangan atau pendelegasian (Plt./Plh.) penandatanganan sebuah layanan.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.putSigningAuthority,
    params: z.object({ serviceType: z.enum(SERVICE_CODES), username: z.string().min(1).max(128) }),
    body: z
      .object({
        name: z.string().trim().min(3).max(200),
        nip: nip.optional(),
        position: z.string().trim().min(3).max(200),
        basis: z.string().trim().min(3).max(300),
        validFrom: isoDate,
        validUntil: isoDate.optional(),
        acting: z.enum(['PLT', 'PLH']).optional(),
      })
      .strict()
      .refine((value) => !value.validUntil || value.validUntil >= value.validFrom, {
        message: 'tanggal berakhir tidak boleh sebelum tanggal mulai',
        path: ['validUntil'],
      }),
  },
  deleteSigningAuthority: {
    method: 'DELETE',
    path: '/signing-authorities/{serviceType}/{username}',
    handler: 'delete-signing-authority',
    summary: 'Mencabut kewenangan penandatanganan.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.deleteSigningAuthority,
    params: z.object({ serviceType: z.enum(SERVICE_CODES), username: z.string().min(1).max(128) }),
  },
  verifyDocument: {
    method: 'GET',
    path: '/verify/{documentId}',
    handler: 'verify-document',
    summary:
      'Memeriksa keaslian dokumen terbit (tujuan kode QR): sah, dicabut atau tidak dikenal; halaman HTML bagi peramban.',
    auth: 'public',
    access: ['table:read', 'signing:verify'],
    responses: RESPONSES.verifyDocument,
    params: z.object({ documentId: z.uuid() }),
    throttle: { rateLimit: 10, burstLimit: 20 },
  },
  verifyFile: {
    method: 'POST',
    path: '/verify',
    handler: 'verify-file',
    summary: 'Memeriksa apakah sebuah berkas sama persis (byte demi byte) dengan dokumen yang diterbitkan.',
    auth: 'public',
    access: ['table:read', 'signing:verify'],
    responses: RESPONSES.verifyFile,
    binary: {
      contentTypes: DOCUMENT_CONTENT_TYPES,
      maxBytes: IN_BODY_FILE_BYTES,
      largerVia: 'POST /verify/uploads',
    },
    throttle: { rateLimit: 5, burstLimit: 10 },
  },
  registerVerificationUpload: {
    method: 'POST',
    path: '/verify/uploads',
    handler: 'register-verification-upload',
    summary: `Memberi alamat unggah (S3, 15 menit) untuk berkas yang akan dicocokkan, sampai ${VERIFY_UPLOAD_MAX_BYTES / 1_048_576} MB; lalu GET /verify/uploads/{uploadId}.`,
    auth: 'public',
    access: ['verifications:write'],
    responses: RESPONSES.registerVerificationUpload,
    body: z
      .object({
        contentType: z.enum(DOCUMENT_CONTENT_TYPES),
        size: z.number().int().min(1).max(VERIFY_UPLOAD_MAX_BYTES),
      })
      .strict(),
    throttle: { rateLimit: 5, burstLimit: 10 },
  },
  verifyUploadedFile: {
    method: 'GET',
    path: '/verify/uploads/{uploadId}',
    handler: 'verify-uploaded-file',
    summary:
      'Memeriksa apakah berkas yang telah diunggah sama persis (byte demi byte) dengan dokumen yang diterbitkan.',
    auth: 'public',
    access: ['table:read', 'signing:verify', 'verifications:read'],
    responses: RESPONSES.verifyUploadedFile,
    params: z.object({ uploadId: z.uuid() }),
    throttle: { rateLimit: 5, burstLimit: 10 },
  },
  revokeDocument: {
    method: 'POST',
    path: '/documents/{documentId}/revocation',
    handler: 'revoke-document',
    summary: 'Mencabut dokumen terbit dengan alasan (pejabat yang berwenang menandatangani layanannya).',
    auth: ['SIGNER'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.revokeDocument,
    params: z.object({ documentId: z.uuid() }),
    body: z.object({ reason: note }).strict(),
  },
  signBatch: {
    method: 'POST',
    path: '/signing-batches',
    handler: 'sign-batch',
    summary:
      'Tanda tangan massal: menyetujui sekumpulan draf yang telah diperiksa (menurut sidik SHA-256-nya) dalam satu tindakan.',
    auth: ['SIGNER'],
    access: ['table:read', 'table:write', 'uploads:read', 'confirmed:write', 'workflow:resume'],
    responses: RESPONSES.signBatch,
    body: z
      .object({
        items: z
          .array(z.object({ requestId: z.uuid(), sha256: z.string().regex(/^[a-f0-9]{64}$/) }).strict())
          .min(1)
          .max(50)
          .refine(
            (items) => new Set(items.map((item) => item.requestId)).size === items.length,
            'setiap permohonan cukup sekali',
          ),
      })
      .strict(),
  },
  getSigningBatch: {
    method: 'GET',
    path: '/signing-batches/{id}',
    handler: 'get-signing-batch',
    summary: 'Naskah tanda tangan massal: draf yang disetujui, hasilnya, dan tanda tangan naskahnya.',
    auth: ['SIGNER', 'AUDITOR'],
    access: ['table:read'],
    responses: RESPONSES.getSigningBatch,
    params: requestId,
  },
} as const satisfies Record<string, RouteSpec>;
