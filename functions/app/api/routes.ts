import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from '#complaints/domain/complaints';
import { IMPORT_UPLOAD_MAX_BYTES, VERIFY_UPLOAD_MAX_BYTES } from '#files/domain/upload-limits';
import { ROLES, type Role } from '#kernel/domain/roles';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import { STAGES } from '#kernel/domain/stages';
import { IN_BODY_FILE_BYTES } from '#kernel/http/payload';
import type { RouteSpec } from '#kernel/http/route-spec';
import { OUTCOMES } from '#requests/domain/lifecycle';
import { DOCUMENT_CONTENT_TYPES, REQUEST_STATUSES, WAITS } from '#requests/domain/request';
import { SCOPES } from '#requests/use-cases/list-requests';
import { RESPONSES } from './responses';

const OFFICIALS: readonly Role[] = ['VERIFIER', 'SUPERVISOR', 'ADMINISTRATOR', 'SIGNER'];
const APPLICANTS: readonly Role[] = ['ASN', 'UNIT_ADMIN'];
const REQUEST_READERS: readonly Role[] = [...APPLICANTS, ...OFFICIALS, 'AUDITOR'];
const STAFF_READERS: readonly Role[] = [...OFFICIALS, 'AUDITOR'];
/** Who reads employees' master data and archives (each use case scopes it further). */
const EMPLOYEE_READERS: readonly Role[] = [...REQUEST_READERS, 'AGENCY_ADMIN'];
/** Everyone with an account files and follows complaints, except auditors, who change nothing. */
const COMPLAINANTS: readonly Role[] = ROLES.filter((role) => role !== 'AUDITOR');

const requestId = z.object({ id: z.uuid() });
/** Cognito usernames as agencies issue them: letters, digits, dot, dash, underscore. */
const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'nama pengguna 3–64 huruf kecil, angka, titik, garis');
const accountPath = z.object({ username });
/** The division (bidang) a validating official works for, as the agency's config names it. */
const division = z
  .string()
  .regex(/^[A-Z0-9_]{2,30}$/)
  .optional();
const documentPath = z.object({ id: z.uuid(), documentId: z.uuid() });
const pageSize = z.coerce.number().int().min(1).max(100).default(25);
const cursor = z.string().max(4096).optional();
const nip = z.string().regex(/^\d{18}$/, 'NIP terdiri atas 18 angka');
const note = z.string().trim().min(1).max(2000);
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
const upload = z
  .object({ fileName, contentType: z.enum(DOCUMENT_CONTENT_TYPES), size: z.number().int().min(1) })
  .strict();
const isoDate = z.iso.date();
const requirementCode = z.string().regex(/^[A-Z0-9_]{2,60}$/);
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
const instant = z.iso.datetime({ offset: true });
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

/** The route table: every HTTP route of the API, and who may call it. */
export const routes = {
  health: {
    method: 'GET',
    path: '/health',
    handler: 'health',
    summary: 'Memeriksa bahwa layanan berjalan.',
    auth: 'public',
    access: [],
    responses: RESPONSES.health,
  },
  openApi: {
    method: 'GET',
    path: '/openapi.json',
    handler: 'open-api',
    summary: 'Dokumen OpenAPI 3.1 dari API ini.',
    auth: 'public',
    access: [],
    responses: RESPONSES.openApi,
  },
  listServices: {
    method: 'GET',
    path: '/services',
    handler: 'list-services',
    summary: 'Katalog layanan kepegawaian beserta standar pelayanannya.',
    auth: 'public',
    access: [],
    responses: RESPONSES.listServices,
  },
  getService: {
    method: 'GET',
    path: '/services/{code}',
    handler: 'get-service',
    summary: 'Satu layanan dari katalog.',
    auth: 'public',
    access: [],
    responses: RESPONSES.getService,
    params: z.object({ code: z.string().regex(/^[A-Z_]{2,40}$/) }),
  },
  getServiceStandard: {
    method: 'GET',
    path: '/services/{code}/standard',
    handler: 'get-service-standard',
    summary: 'Standar pelayanan: persyaratan, prosedur, jangka waktu, biaya, dan saluran pengaduan.',
    auth: 'public',
    access: [],
    responses: RESPONSES.getServiceStandard,
    params: z.object({ code: z.string().regex(/^[A-Z_]{2,40}$/) }),
  },
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
  forceMajeureStatus: {
    method: 'GET',
    path: '/force-majeure',
    handler: 'force-majeure-status',
    summary: 'Keadaan kahar: yang sedang berlaku (layanan dijalankan manual) dan riwayatnya.',
    auth: 'public',
    access: ['table:read'],
    responses: RESPONSES.forceMajeureStatus,
  },
  declareForceMajeure: {
    method: 'POST',
    path: '/force-majeure',
    handler: 'declare-force-majeure',
    summary: 'Mencatat keadaan kahar yang ditetapkan kepala daerah (berjalan, atau sudah berakhir).',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.declareForceMajeure,
    body: z
      .object({
        from: instant,
        to: instant.optional(),
        decree: z.string().trim().min(5).max(300),
        note: z.string().trim().max(2000).optional(),
      })
      .strict(),
  },
  correctForceMajeure: {
    method: 'PATCH',
    path: '/force-majeure/{id}',
    handler: 'correct-force-majeure',
    summary: 'Mengoreksi keadaan kahar yang dicatat di muka, sebelum mulai berlaku.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.correctForceMajeure,
    params: requestId,
    body: z
      .object({
        from: instant.optional(),
        decree: z.string().trim().min(5).max(300).optional(),
        note: z.string().trim().max(2000).optional(),
      })
      .strict()
      .refine((body) => Object.keys(body).length > 0, 'sebutkan sekurang-kurangnya satu hal yang dikoreksi'),
  },
  withdrawForceMajeure: {
    method: 'DELETE',
    path: '/force-majeure/{id}',
    handler: 'withdraw-force-majeure',
    summary: 'Membatalkan keadaan kahar yang dicatat di muka, sebelum mulai berlaku.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.withdrawForceMajeure,
    params: requestId,
  },
  endForceMajeure: {
    method: 'POST',
    path: '/force-majeure/{id}/end',
    handler: 'end-force-majeure',
    summary: 'Mengakhiri keadaan kahar dan memperpanjang batas waktu permohonan yang terdampak.',
    auth: ['AGENCY_ADMIN'],
    access: ['table:read', 'table:write'],
    responses: RESPONSES.endForceMajeure,
    params: requestId,
    body: z.object({ to: instant.optional() }).strict(),
  },
  enterManualService: {
    method: 'POST',
    path: '/manual-services',
    handler: 'enter-manual-service',
    summary: 'Mencatat layanan yang ditangani manual selama keadaan kahar, dengan pindaian dokumennya.',
    auth: ['AGENCY_ADMIN', 'VERIFIER'],
    access: ['table:read', 'table:write', 'uploads:write'],
    responses: RESPONSES.enterManualService,
    body: z
      .object({
        forceMajeureId: z.uuid(),
        applicantNip: nip,
        serviceType: z.enum(SERVICE_CODES),
        details: z.record(z.string(), z.unknown()),
        submittedAt: instant,
        stages: z
          .array(
            z
              .object({
                stage: z.enum(STAGES),
                outcome: z.enum(OUTCOMES),
                decidedBy: z.string().trim().min(3).max(200),
                decidedAt: instant,
              })
              .strict(),
          )
          .max(12),
        result: z
          .object({ status: z.enum(['COMPLETED', 'REJECTED']), at: instant, reason: note.optional() })
          .strict(),
        document: upload
          .extend({ number: z.string().trim().min(3).max(100) })
          .strict()
          .optional(),
      })
      .strict(),
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

export type RouteName = keyof typeof routes;
