import { canActAsApplicant, canReadRequest, requestNotFound } from '../access';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import type { Clock, FileStore, ForceMajeurePeriods, RequestRecords } from '../ports';
import { currentDocuments, type ServiceRequest } from '../request';
import { type Actor, hasAnyRole } from '../roles';
import type { RuntimeSettings } from '../settings';
import { addWorkingDays, localDate, startOfLocalDate, workCalendar } from '../working-days';
import { requireServicesOnline } from './force-majeure';
import { confirmUploads } from './submit-request';
import { endWait, type OutboxDeps, type Recorded } from './workflow-outbox';

export interface ResubmitDeps extends OutboxDeps {
  readonly forceMajeure: ForceMajeurePeriods;
  readonly settings: Pick<RuntimeSettings, 'timeZone'>;
  readonly files: FileStore;
  readonly maxUploadBytes: number;
}

function applicantRole(actor: Actor) {
  return hasAnyRole(actor, ['ASN']) ? ('ASN' as const) : ('UNIT_ADMIN' as const);
}

async function deficientRequest(
  deps: { readonly records: RequestRecords },
  actor: Actor,
  requestId: string,
  asApplicant: boolean,
): Promise<ServiceRequest> {
  const request = await deps.records.get(requestId);
  const visible =
    request && (asApplicant ? canActAsApplicant(actor, request) : canReadRequest(actor, request));
  if (!request || !visible) throw requestNotFound(requestId);
  if (request.status !== 'DEFICIENT' || !request.deficiency || request.outbox) {
    throw new ConflictError('NOT_DEFICIENT', 'Permohonan ini tidak sedang menunggu perbaikan dokumen.');
  }
  return request;
}

/**
 * The applicant completes a deficient request (Kediri Pasal 9): every deficient requirement
 * has a document uploaded after the deficiency was found. It returns to verification.
 */
export async function resubmitRequest(
  deps: ResubmitDeps,
  actor: Actor,
  requestId: string,
): Promise<Recorded> {
  const request = await deficientRequest(deps, actor, requestId, true);
  await requireServicesOnline(deps);
  const deficiency = request.deficiency;
  if (!deficiency)
    throw new ConflictError('NOT_DEFICIENT', 'Permohonan ini tidak sedang menunggu perbaikan dokumen.');
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
}

/** The applicant asks, once, for a longer window to complete the documents. */
export async function requestExtension(
  deps: { readonly records: RequestRecords; readonly clock: Clock },
  actor: Actor,
  requestId: string,
  ask: { readonly reason: string; readonly days: number },
): Promise<ServiceRequest> {
  const request = await deficientRequest(deps, actor, requestId, true);
  const deficiency = request.deficiency;
  if (!deficiency)
    throw new ConflictError('NOT_DEFICIENT', 'Permohonan ini tidak sedang menunggu perbaikan dokumen.');
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
}

/**
 * A verifier grants or refuses the extension. Either way the workflow reopens the window (a
 * grant with the later deadline) and tells the applicant.
 */
export async function decideExtension(
  deps: OutboxDeps & { readonly settings: RuntimeSettings },
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
  const request = await deficientRequest(deps, actor, requestId, false);
  const deficiency = request.deficiency;
  const extension = deficiency?.extension;
  if (!deficiency || !extension)
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
}
