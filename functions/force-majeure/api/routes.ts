import { z } from 'zod';
import { RESPONSES } from '#app/api/responses';
import { instant, nip, note, requestId, upload } from '#app/api/route-parts';
import { SERVICE_CODES } from '#kernel/domain/service-codes';
import { STAGES } from '#kernel/domain/stages';
import type { RouteSpec } from '#kernel/http/route-spec';
import { OUTCOMES } from '#requests';

/** The routes of the force-majeure slice (functions/app/api/routes.ts assembles the table). */
export const routes = {
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
} as const satisfies Record<string, RouteSpec>;
