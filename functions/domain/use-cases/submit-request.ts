import { canActAsApplicant, requestNotFound } from '../access';
import { findService } from '../catalog/index';
import { ConflictError, ValidationError } from '../errors';
import type { Clock, FileStore, RequestRecords, Workflow } from '../ports';
import type { RequestDocument, ServiceRequest } from '../request';
import type { Actor } from '../roles';

export interface SubmitRequestDeps {
  readonly records: RequestRecords;
  readonly files: FileStore;
  readonly workflow: Workflow;
  readonly clock: Clock;
  readonly maxUploadBytes: number;
}

/** The workflow input is a pure function of the request, so a repeated start is recognised as the same. */
export function workflowInput(request: Pick<ServiceRequest, 'id' | 'serviceType'>) {
  return { requestId: request.id, serviceType: request.serviceType };
}

/** Confirms each registered document against storage; returns those actually uploaded. */
async function confirmUploads(
  deps: SubmitRequestDeps,
  documents: readonly RequestDocument[],
): Promise<RequestDocument[]> {
  const confirmed: RequestDocument[] = [];
  for (const document of documents) {
    const stored = await deps.files.head(document.key);
    if (!stored) continue;
    if (stored.size > deps.maxUploadBytes || stored.size !== document.size) {
      throw new ValidationError(
        'UPLOAD_MISMATCH',
        `Berkas ${document.fileName} tidak sesuai dengan ukuran yang didaftarkan atau melebihi batas. Unggah ulang berkas tersebut.`,
        'documents',
      );
    }
    const uploaded: RequestDocument =
      document.status === 'UPLOADED'
        ? document
        : { ...document, status: 'UPLOADED', uploadedAt: deps.clock.now().toISOString() };
    if (uploaded !== document) await deps.records.putDocument(uploaded);
    confirmed.push(uploaded);
  }
  return confirmed;
}

/**
 * Submits a complete draft for administrative verification and starts its workflow.
 * The status is recorded first; if starting the workflow fails the caller may submit again,
 * which starts the same execution (its name is the request id) instead of refusing.
 */
export async function submitRequest(
  deps: SubmitRequestDeps,
  actor: Actor,
  requestId: string,
): Promise<ServiceRequest> {
  const request = await deps.records.get(requestId);
  if (!request || !canActAsApplicant(actor, request)) throw requestNotFound(requestId);
  const awaitingStart = request.status === 'AWAITING_VERIFICATION' && !request.task;
  if (request.status !== 'DRAFT' && !awaitingStart) {
    throw new ConflictError('ALREADY_SUBMITTED', 'Permohonan ini sudah diajukan.');
  }
  let submitted = request;
  if (request.status === 'DRAFT') {
    const service = findService(request.serviceType);
    const uploaded = await confirmUploads(deps, await deps.records.listDocuments(requestId));
    const missing = service.requirements.filter(
      (requirement) =>
        requirement.required && !uploaded.some((doc) => doc.requirementCode === requirement.code),
    );
    if (missing.length > 0) {
      throw new ValidationError(
        'REQUIREMENTS_INCOMPLETE',
        `Dokumen persyaratan belum lengkap: ${missing.map((requirement) => requirement.name).join('; ')}.`,
        'documents',
      );
    }
    const now = deps.clock.now().toISOString();
    submitted = await deps.records.transition(
      request,
      { status: 'AWAITING_VERIFICATION', submittedAt: now },
      {
        requestId,
        at: now,
        actor: { username: actor.username, role: actor.roles.includes('ASN') ? 'ASN' : 'UNIT_ADMIN' },
        action: 'SUBMITTED',
        fromStatus: 'DRAFT',
        toStatus: 'AWAITING_VERIFICATION',
      },
    );
  }
  await deps.workflow.start(submitted.id, workflowInput(submitted));
  return submitted;
}
