import { canReadRequest, ownsRequest, requestNotFound } from '../access';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import type { ArchiveStore, SurveyRecords } from '../ports';
import type { OutputDocument, ServiceRequest } from '../request';
import type { Actor } from '../roles';
import { endWait, type OutboxDeps, type Recorded } from './workflow-outbox';

export interface SurveyDeps extends OutboxDeps {
  readonly surveys: SurveyRecords;
}

/**
 * The applicant answers the satisfaction survey, the condition of receiving the document
 * (Kediri Pasal 13). One answer per request; answering again after a failure only resumes.
 */
export async function answerSurvey(
  deps: SurveyDeps,
  actor: Actor,
  requestId: string,
  answer: { readonly scores: readonly number[]; readonly comment?: string },
): Promise<Recorded> {
  const request = await deps.records.get(requestId);
  if (!request || !canReadRequest(actor, request)) throw requestNotFound(requestId);
  if (!(actor.roles.includes('ASN') && ownsRequest(actor, request))) {
    throw new ForbiddenError('APPLICANT_ONLY', 'Survei kepuasan hanya dapat diisi oleh pemohon sendiri.');
  }
  if (request.status !== 'AWAITING_SURVEY' || request.outbox?.kind === 'RESUME') {
    throw new ConflictError(
      'SURVEY_NOT_OPEN',
      'Survei untuk permohonan ini tidak sedang dibuka atau sudah diisi.',
    );
  }
  const at = deps.clock.now().toISOString();
  await deps.surveys.save({
    requestId,
    serviceType: request.serviceType,
    unit: request.applicant.unit,
    answeredAt: at,
    scores: answer.scores,
    ...(answer.comment && { comment: answer.comment }),
  });
  return endWait(
    deps,
    request,
    'SURVEY',
    { status: 'READY_FOR_HANDOVER', surveyAnsweredAt: at },
    { stage: 'SURVEY', route: 'HANDOVER', decidedBy: actor.username, decidedAt: at },
    {
      requestId,
      at,
      actor: { username: actor.username, role: 'ASN' },
      action: 'SURVEY_ANSWERED',
      stage: 'SURVEY',
      fromStatus: 'AWAITING_SURVEY',
      toStatus: 'READY_FOR_HANDOVER',
    },
  );
}

function completeHandover(
  deps: OutboxDeps,
  request: ServiceRequest,
  actor: Actor,
  handover: ServiceRequest['handover'],
) {
  const at = deps.clock.now().toISOString();
  return endWait(
    deps,
    request,
    'HANDOVER',
    { status: 'COMPLETED', completedAt: at, ...(handover && { handover }) },
    { stage: 'HANDOVER', route: 'COMPLETE', decidedBy: actor.username, decidedAt: at },
    {
      requestId: request.id,
      at,
      actor: { username: actor.username, role: actor.roles.includes('VERIFIER') ? 'VERIFIER' : 'ASN' },
      action: 'HANDED_OVER',
      stage: 'HANDOVER',
      note:
        handover?.mode === 'PHYSICAL'
          ? `Diterima oleh ${handover.recipientName ?? '-'}`
          : 'Diunduh secara elektronik',
      fromStatus: 'READY_FOR_HANDOVER',
      toStatus: 'COMPLETED',
    },
  );
}

export interface OutputDeps extends OutboxDeps {
  readonly archive: ArchiveStore;
}

/**
 * The issued document, for download. Locked until the applicant has answered the survey (a
 * rejection letter is not). For electronic handover the first download by the applicant
 * completes the request.
 */
export async function downloadOutput(
  deps: OutputDeps,
  actor: Actor,
  requestId: string,
): Promise<{ output: OutputDocument; downloadUrl: string }> {
  const request = await deps.records.get(requestId);
  if (!request || !canReadRequest(actor, request)) throw requestNotFound(requestId);
  const output = request.output;
  if (!output) throw new NotFoundError('OUTPUT_NOT_READY', 'Dokumen untuk permohonan ini belum diterbitkan.');
  if (output.kind === 'ISSUED' && !request.surveyAnsweredAt) {
    throw new ForbiddenError(
      'SURVEY_REQUIRED',
      'Dokumen dapat diunduh setelah pemohon mengisi survei kepuasan masyarakat (Perwali Kediri Nomor 80 Tahun 2021 Pasal 13).',
    );
  }
  if (output.kind === 'ISSUED' && request.plan?.handoverMode === 'PHYSICAL') {
    throw new ConflictError(
      'PHYSICAL_HANDOVER',
      'Dokumen layanan ini diserahkan secara fisik; silakan ambil di kantor BKPSDM.',
    );
  }
  const downloadUrl = await deps.archive.downloadUrl(output.key, {
    fileName: `${request.serviceType}-${request.applicant.nip}`,
    contentType: output.contentType,
  });
  const byApplicant = actor.roles.includes('ASN') && ownsRequest(actor, request);
  if (
    byApplicant &&
    request.status === 'READY_FOR_HANDOVER' &&
    request.plan?.handoverMode === 'ELECTRONIC' &&
    !request.outbox
  ) {
    await completeHandover(deps, request, actor, {
      mode: 'ELECTRONIC',
      at: deps.clock.now().toISOString(),
      by: actor.username,
    });
  }
  return { output, downloadUrl };
}

/** Staff record that the applicant (or their representative) received the physical document. */
export async function recordPickup(
  deps: OutboxDeps,
  actor: Actor,
  requestId: string,
  pickup: { readonly recipientName: string; readonly note?: string },
): Promise<Recorded> {
  const request = await deps.records.get(requestId);
  if (!request || !canReadRequest(actor, request)) throw requestNotFound(requestId);
  if (!actor.roles.includes('VERIFIER')) {
    throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Penyerahan fisik dicatat oleh Admin BKPSDM.');
  }
  if (request.status !== 'READY_FOR_HANDOVER' || request.outbox) {
    throw new ConflictError(
      'NOT_READY_FOR_HANDOVER',
      'Permohonan ini tidak sedang menunggu penyerahan dokumen.',
    );
  }
  if (request.plan?.handoverMode === 'ELECTRONIC') {
    throw new ConflictError(
      'ELECTRONIC_HANDOVER',
      'Dokumen layanan ini diserahkan secara elektronik melalui unduhan pemohon.',
    );
  }
  return completeHandover(deps, request, actor, {
    mode: 'PHYSICAL',
    at: deps.clock.now().toISOString(),
    by: actor.username,
    recipientName: pickup.recipientName,
    ...(pickup.note && { note: pickup.note }),
  });
}
