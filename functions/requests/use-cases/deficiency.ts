import type { FileStore } from '#files';
import type { ForceMajeurePeriods } from '#force-majeure';
import { holdsDeadlines } from '#force-majeure';
import { requireServicesOnline } from '#force-majeure/use-cases/force-majeure';
import { ConflictError, ForbiddenError, ValidationError } from '#kernel/domain/errors';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { addWorkingDays, localDate, startOfLocalDate, workCalendar } from '#kernel/domain/working-days';
import { canActAsApplicant, type ReadScope, requestNotFound, requestReader } from '#requests/domain/access';
import {
  deficiencyExpired,
  expiredDeficiency,
  rejectedAsExpired,
  requireOpenWait,
} from '#requests/domain/lifecycle';
import { formatDateTime } from '#requests/domain/notices';
import { currentDocuments, type Deficiency, type ServiceRequest } from '#requests/domain/request';
import { retryingConflicts } from './latest';
import { confirmUploads } from './submit-request';
import { endWait, type OutboxDeps, type Recorded } from './task-tokens';

/** What the applicant's and the verifier's acts on a deficient request need to hold its deadline. */
export interface DeficiencyDeps extends OutboxDeps {
  readonly forceMajeure: ForceMajeurePeriods;
  readonly settings: Pick<RuntimeSettings, 'timeZone'>;
}

export interface ResubmitDeps extends DeficiencyDeps {
  readonly files: FileStore;
  readonly maxUploadBytes: number;
}

function applicantRole(actor: Actor) {
  return hasAnyRole(actor, ['ASN']) ? ('ASN' as const) : ('UNIT_ADMIN' as const);
}

function deficiencyExpiredError(request: ServiceRequest, deps: DeficiencyDeps): ConflictError {
  const dueAt = request.deficiency?.dueAt ?? request.rejection?.decidedAt ?? deps.clock.now().toISOString();
  return new ConflictError(
    'DEFICIENCY_EXPIRED',
    `Batas waktu perbaikan dokumen telah berakhir pada ${formatDateTime(dueAt, deps.settings.timeZone)}; ` +
      'permohonan ditolak sesuai Perwali Kediri Nomor 80 Tahun 2021 Pasal 9 ayat (2).',
  );
}

type Deficient = ServiceRequest & { readonly deficiency: Deficiency };

/**
 * The deficient request the caller acts on, its deadline held without the timer: an act after
 * `deficiency.dueAt` rejects the request as the workflow's timer would (unless force majeure
 * holds deadlines) and is refused with 409 DEFICIENCY_EXPIRED; so is an act on a request the
 * timer already rejected. An act while the workflow is still opening the window gets 409 PROCESSING.
 */
export async function openDeficiency(
  deps: DeficiencyDeps,
  actor: Actor,
  request: ServiceRequest | undefined,
  requestId: string,
  /** Who may act: the applicant's side, or (deciding an extension) staff who read the request. */
  mayAct: (request: ServiceRequest) => Promise<boolean> = async (found) => canActAsApplicant(actor, found),
): Promise<Deficient> {
  if (!request || !(await mayAct(request))) throw requestNotFound(requestId);
  if (rejectedAsExpired(request)) throw deficiencyExpiredError(request, deps);
  const notDeficient = () =>
    new ConflictError('NOT_DEFICIENT', 'Permohonan ini tidak sedang menunggu perbaikan dokumen.');
  requireOpenWait(request, 'COMPLETION', notDeficient);
  const deficiency = request.deficiency;
  if (!deficiency) throw notDeficient();
  const now = deps.clock.now();
  if (deficiencyExpired(request, now) && !holdsDeadlines(await deps.forceMajeure.list(), now.toISOString())) {
    const { change, audit } = expiredDeficiency(request, now.toISOString());
    await endWait(
      deps,
      request,
      'COMPLETION',
      change,
      {
        stage: 'COMPLETION',
        route: 'REJECTION',
        outcome: 'EXPIRED',
        decidedBy: 'system',
        decidedAt: audit.at,
      },
      audit,
    );
    throw deficiencyExpiredError(request, deps);
  }
  return { ...request, deficiency };
}

/**
 * The applicant completes a deficient request (Kediri Pasal 9): every deficient requirement
 * has a document uploaded after the deficiency was found. It returns to verification.
 */
export function resubmitRequest(deps: ResubmitDeps, actor: Actor, requestId: string): Promise<Recorded> {
  return retryingConflicts(async () => {
    const request = await openDeficiency(deps, actor, await deps.records.get(requestId), requestId);
    await requireServicesOnline(deps);
    const { deficiency } = request;
    const current = currentDocuments(await confirmUploads(deps, await deps.records.listDocuments(requestId)));
    const missing = deficiency.items.filter((item) => {
      const document = current.get(item.requirementCode);
      return !document || document.createdAt <= deficiency.decidedAt;
    });
    if (missing.length > 0) {
      throw new ValidationError(
        'DEFICIENCIES_OPEN',
        `Dokumen berikut belum diperbaiki: ${missing.map((item) => item.requirementCode).join(', ')}.`,
        'documents',
      );
    }
    const at = deps.clock.now().toISOString();
    return endWait(
      deps,
      request,
      'COMPLETION',
      { status: 'AWAITING_VERIFICATION', deficiency: null },
      { stage: 'COMPLETION', route: 'VERIFICATION', decidedBy: actor.username, decidedAt: at },
      {
        requestId,
        at,
        actor: { username: actor.username, role: applicantRole(actor) },
        action: 'RESUBMITTED',
        stage: 'COMPLETION',
        fromStatus: 'DEFICIENT',
        toStatus: 'AWAITING_VERIFICATION',
      },
    );
  });
}

/** The applicant asks, once and before the deadline, for a longer window to complete the documents. */
export function requestExtension(
  deps: DeficiencyDeps,
  actor: Actor,
  requestId: string,
  ask: { readonly reason: string; readonly days: number },
): Promise<ServiceRequest> {
  return retryingConflicts(async () => {
    const request = await openDeficiency(deps, actor, await deps.records.get(requestId), requestId);
    const { deficiency } = request;
    if (deficiency.extension) {
      throw new ConflictError(
        'EXTENSION_ALREADY_REQUESTED',
        'Perpanjangan waktu perbaikan hanya dapat diminta satu kali.',
      );
    }
    const at = deps.clock.now().toISOString();
    return deps.records.transition(
      request,
      {
        deficiency: {
          ...deficiency,
          extension: {
            requestedAt: at,
            requestedBy: actor.username,
            reason: ask.reason,
            requestedDays: ask.days,
          },
        },
      },
      {
        requestId,
        at,
        actor: { username: actor.username, role: applicantRole(actor) },
        action: 'EXTENSION_REQUESTED',
        stage: 'COMPLETION',
        note: `${ask.days} hari kerja: ${ask.reason}`,
      },
    );
  });
}

/**
 * A verifier grants or refuses the extension. Either way the workflow reopens the window (a
 * grant with the later deadline) and tells the applicant. After the deadline it is too late:
 * the request is rejected as the timer would.
 */
export async function decideExtension(
  deps: DeficiencyDeps & ReadScope & { readonly settings: RuntimeSettings },
  actor: Actor,
  requestId: string,
  answer: { readonly grant: boolean; readonly days?: number; readonly note?: string },
): Promise<Recorded> {
  if (!hasAnyRole(actor, ['VERIFIER'])) {
    throw new ForbiddenError(
      'ROLE_NOT_ALLOWED',
      'Perpanjangan waktu perbaikan diputuskan oleh Admin BKPSDM (verifikator).',
    );
  }
  return retryingConflicts(async () => {
    const request = await openDeficiency(
      deps,
      actor,
      await deps.records.get(requestId),
      requestId,
      requestReader(deps, actor),
    );
    const { deficiency } = request;
    const extension = deficiency.extension;
    if (!extension)
      throw new ConflictError('NO_EXTENSION_REQUESTED', 'Pemohon belum meminta perpanjangan waktu.');
    if (extension.decision)
      throw new ConflictError('EXTENSION_DECIDED', 'Permintaan perpanjangan ini sudah diputuskan.');
    const at = deps.clock.now();
    const calendar = workCalendar(deps.settings);
    const days = answer.grant ? (answer.days ?? extension.requestedDays) : undefined;
    // The extension counts from the current deadline's last day, so granted days are added to it.
    const lastDay = localDate(new Date(Date.parse(deficiency.dueAt) - 1), calendar);
    const dueAt = days
      ? addWorkingDays(startOfLocalDate(lastDay, calendar), days, calendar).toISOString()
      : deficiency.dueAt;
    const decision = {
      granted: answer.grant,
      ...(days && { days }),
      decidedBy: actor.username,
      decidedAt: at.toISOString(),
      ...(answer.note && { note: answer.note }),
    };
    return endWait(
      deps,
      request,
      'COMPLETION',
      { deficiency: { ...deficiency, dueAt, extension: { ...extension, decision } } },
      {
        stage: 'COMPLETION',
        route: 'EXTENSION',
        outcome: answer.grant ? 'GRANT' : 'REFUSE',
        decidedBy: actor.username,
        decidedAt: at.toISOString(),
      },
      {
        requestId,
        at: at.toISOString(),
        actor: { username: actor.username, role: 'VERIFIER' },
        action: 'EXTENSION_DECIDED',
        stage: 'COMPLETION',
        outcome: answer.grant ? 'GRANT' : 'REFUSE',
        ...(answer.note && { note: answer.note }),
      },
    );
  });
}
