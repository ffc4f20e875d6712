import type { ArchiveStore } from '#archive';
import { ConflictError, ForbiddenError, NotFoundError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import { isApplicant, type ReadScope, readableRequest, readsAsStaff } from '#requests/domain/access';
import { withheldFromHolder } from '#requests/domain/handover';
import { requireOpenWait } from '#requests/domain/lifecycle';
import type { SurveyRecords } from '#requests/domain/ports';
import type { OutputDocument, ServiceRequest } from '#requests/domain/request';
import { retryingConflicts } from './latest';
import { endWait, type OutboxDeps, type Recorded } from './task-tokens';

export interface SurveyDeps extends OutboxDeps, ReadScope {
  readonly surveys: SurveyRecords;
}

/**
 * The applicant answers the satisfaction survey, the condition of receiving the document
 * (Kediri Pasal 13). One answer per request; answering again after a failure only resumes.
 */
export function answerSurvey(
  deps: SurveyDeps,
  actor: Actor,
  requestId: string,
  answer: { readonly scores: readonly number[]; readonly comment?: string },
): Promise<Recorded> {
  return retryingConflicts(async () => {
    const request = await readableRequest(deps, actor, requestId);
    if (!isApplicant(actor, request)) {
      throw new ForbiddenError(
        'APPLICANT_ONLY',
        'Survei kepuasan hanya dapat diisi oleh pegawai pemohon sendiri melalui akunnya.',
      );
    }
    requireOpenWait(
      request,
      'SURVEY',
      () =>
        new ConflictError(
          'SURVEY_NOT_OPEN',
          'Survei untuk permohonan ini tidak sedang dibuka atau sudah diisi.',
        ),
    );
    const at = deps.clock.now().toISOString();
    // Stored once: an attempt retried after another write keeps the first answer.
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
  });
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

export interface OutputDeps extends OutboxDeps, ReadScope {
  readonly archive: ArchiveStore;
}

/**
 * The issued document (or the rejection letter), for download. Staff read it at any time; the
 * applicant's side once its handover conditions hold (see handover.ts), and a unit admin only
 * once the applicant has received it. For electronic handover the applicant's own first
 * download is the handover: it completes the request.
 */
export function downloadOutput(
  deps: OutputDeps,
  actor: Actor,
  requestId: string,
): Promise<{ output: OutputDocument; downloadUrl: string }> {
  return retryingConflicts(async () => {
    const request = await readableRequest(deps, actor, requestId);
    const output = request.output;
    if (!output)
      throw new NotFoundError('OUTPUT_NOT_READY', 'Dokumen untuk permohonan ini belum diterbitkan.');
    const staff = readsAsStaff(actor, request.applicant.nip);
    const withheld = staff ? undefined : withheldFromHolder(request);
    if (withheld) throw withheld;
    const handsOver =
      isApplicant(actor, request) &&
      request.status === 'READY_FOR_HANDOVER' &&
      request.plan?.handoverMode === 'ELECTRONIC';
    if (handsOver) requireOpenWait(request, 'HANDOVER', notReadyForHandover);
    if (
      output.kind === 'ISSUED' &&
      !staff &&
      !handsOver &&
      !isApplicant(actor, request) &&
      !request.handover
    ) {
      throw new ForbiddenError(
        'APPLICANT_ONLY',
        'Dokumen diserahkan kepada pegawai pemohon melalui akunnya sendiri; setelah diterima, salinannya dapat diunduh di sini.',
      );
    }
    const downloadUrl = await deps.archive.downloadUrl(output.key, {
      fileName: `${request.serviceType}-${request.applicant.nip}`,
      contentType: output.contentType,
    });
    if (handsOver) {
      await completeHandover(deps, request, actor, {
        mode: 'ELECTRONIC',
        at: deps.clock.now().toISOString(),
        by: actor.username,
      });
    }
    return { output, downloadUrl };
  });
}

const notReadyForHandover = () =>
  new ConflictError('NOT_READY_FOR_HANDOVER', 'Permohonan ini tidak sedang menunggu penyerahan dokumen.');

/** Staff record that the applicant (or their representative) received the physical document. */
export async function recordPickup(
  deps: OutboxDeps & ReadScope,
  actor: Actor,
  requestId: string,
  pickup: { readonly recipientName: string; readonly note?: string },
): Promise<Recorded> {
  if (!actor.roles.includes('VERIFIER')) {
    throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Penyerahan fisik dicatat oleh Admin BKPSDM.');
  }
  return retryingConflicts(async () => {
    const request = await readableRequest(deps, actor, requestId);
    requireOpenWait(request, 'HANDOVER', notReadyForHandover);
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
  });
}
