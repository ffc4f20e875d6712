import { planOf, serviceFor } from '#catalog';
import type { FileStore } from '#files';
import { freezeUpload } from '#files/use-cases/frozen-files';
import type { ForceMajeurePeriods } from '#force-majeure';
import { requireServicesOnline } from '#force-majeure/use-cases/force-majeure';
import { ConflictError, ValidationError } from '#kernel/domain/errors';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { canActAsApplicant, requestNotFound } from '#requests/domain/access';
import { currentDocuments, type RequestDocument } from '#requests/domain/request';
import { deliverOutbox, type OutboxDeps, type Recorded, recordWithOutbox } from './task-tokens';

export interface SubmitRequestDeps extends OutboxDeps {
  readonly forceMajeure: ForceMajeurePeriods;
  readonly files: FileStore;
  readonly settings: RuntimeSettings;
  readonly maxUploadBytes: number;
}

/**
 * Confirms each registered document against storage and freezes the uploaded ones: a stored
 * object whose size differs from the registration (its upload URL was bound to it), or whose
 * content is not a plain PDF, JPEG or PNG, is refused (readUpload); the rest are copied, as read
 * and digested, where no upload URL reaches (see frozen-files), and served from there.
 */
export async function confirmUploads(
  deps: Pick<SubmitRequestDeps, 'files' | 'records' | 'clock' | 'maxUploadBytes'>,
  documents: readonly RequestDocument[],
): Promise<RequestDocument[]> {
  // Every confirmation settles before the answer: none goes on writing after a refusal.
  const results = await Promise.allSettled(documents.map((document) => confirmUpload(deps, document)));
  const refused = results.find((result) => result.status === 'rejected');
  if (refused) throw refused.reason;
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

async function confirmUpload(
  deps: Pick<SubmitRequestDeps, 'files' | 'records' | 'clock' | 'maxUploadBytes'>,
  document: RequestDocument,
): Promise<RequestDocument> {
  if (document.status === 'UPLOADED') return document;
  const frozen = await freezeUpload(deps, document, 'documents');
  if (!frozen) return document;
  const uploaded: RequestDocument = {
    ...document,
    key: frozen.key,
    contentType: frozen.contentType,
    sha256: frozen.sha256,
    status: 'UPLOADED',
    uploadedAt: deps.clock.now().toISOString(),
  };
  await deps.records.putDocument(uploaded);
  return uploaded;
}

function actingRole(actor: Actor) {
  return hasAnyRole(actor, ['ASN']) ? ('ASN' as const) : ('UNIT_ADMIN' as const);
}

/**
 * Submits a complete draft for administrative verification and starts its workflow. The
 * submission and the start it owes are recorded together; if starting fails, the outbox
 * delivery starts it later (or a repeated submit does), so nothing submitted is lost.
 */
export async function submitRequest(
  deps: SubmitRequestDeps,
  actor: Actor,
  requestId: string,
): Promise<Recorded> {
  const request = await deps.records.get(requestId);
  if (!request || !canActAsApplicant(actor, request)) throw requestNotFound(requestId);
  await requireServicesOnline(deps);
  if (request.status !== 'DRAFT') {
    if (request.outbox?.kind === 'START') return { request: (await deliverOutbox(deps, request)) ?? request };
    throw new ConflictError('ALREADY_SUBMITTED', 'Permohonan ini sudah diajukan.');
  }
  const service = serviceFor(request.serviceType, deps.settings);
  const uploaded = currentDocuments(await confirmUploads(deps, await deps.records.listDocuments(requestId)));
  const missing = service.requirements.filter(
    (requirement) => requirement.required && !uploaded.has(requirement.code),
  );
  if (missing.length > 0) {
    throw new ValidationError(
      'REQUIREMENTS_INCOMPLETE',
      `Dokumen persyaratan belum lengkap: ${missing.map((requirement) => requirement.name).join('; ')}.`,
      'documents',
    );
  }
  const now = deps.clock.now().toISOString();
  return recordWithOutbox(
    deps,
    request,
    {
      status: 'AWAITING_VERIFICATION',
      submittedAt: now,
      plan: planOf(service),
      outbox: { kind: 'START', since: now },
    },
    {
      requestId,
      at: now,
      actor: { username: actor.username, role: actingRole(actor) },
      action: 'SUBMITTED',
      fromStatus: 'DRAFT',
      toStatus: 'AWAITING_VERIFICATION',
    },
  );
}
