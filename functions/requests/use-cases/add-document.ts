import type { EmployeeArchive } from '#archive';
import { archivedDocumentNotFound } from '#archive';
import { withheldArchived } from '#archive/use-cases/employee-archive';
import type { Requirement } from '#catalog';
import { serviceFor } from '#catalog';
import type { FileStore } from '#files';
import { ConflictError, ValidationError } from '#kernel/domain/errors';
import type { IdGenerator } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { canActAsApplicant, requestNotFound } from '#requests/domain/access';
import { rejectedAsExpired } from '#requests/domain/lifecycle';
import type { DocumentContentType, RequestDocument, ServiceRequest } from '#requests/domain/request';
import { type DeficiencyDeps, openDeficiency } from './deficiency';
import { retryingConflicts } from './latest';

export interface UploadInput {
  readonly requirementCode: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
}

export interface ArchiveInput {
  readonly requirementCode: string;
  readonly archiveDocumentId: string;
}

export type AddDocumentInput = UploadInput | ArchiveInput;

export interface AddDocumentDeps extends DeficiencyDeps {
  readonly files: FileStore;
  readonly employeeArchive: EmployeeArchive;
  readonly ids: IdGenerator;
  readonly settings: Pick<RuntimeSettings, 'catalogOverrides' | 'timeZone'>;
  readonly maxUploadBytes: number;
}

/**
 * Uploads may continue until the file is complete (Kediri Pasal 8c): while a draft, or while
 * deficient and before the deficiency deadline (after it, the request is rejected, Pasal 9(2)).
 */
async function refuseUnlessOpenForUpload(
  deps: AddDocumentDeps,
  actor: Actor,
  request: ServiceRequest,
): Promise<void> {
  if (request.status === 'DRAFT') return;
  if (request.status === 'DEFICIENT' || rejectedAsExpired(request)) {
    await openDeficiency(deps, actor, request, request.id);
    return;
  }
  throw new ConflictError(
    'NOT_OPEN_FOR_UPLOAD',
    'Dokumen hanya dapat diunggah saat permohonan berstatus draf atau perlu perbaikan.',
  );
}

/**
 * Adds a requirement document: either registered for upload (the answer carries where to PUT
 * it), or taken from the applicant's digital archive, complete at once (Kediri Pasal 8b).
 */
export async function addDocument(
  deps: AddDocumentDeps,
  actor: Actor,
  requestId: string,
  input: AddDocumentInput,
): Promise<{ document: RequestDocument; uploadUrl?: string }> {
  const request = await retryingConflicts(async () => {
    const latest = await deps.records.get(requestId);
    if (!latest || !canActAsApplicant(actor, latest)) throw requestNotFound(requestId);
    await refuseUnlessOpenForUpload(deps, actor, latest);
    return latest;
  });
  const service = serviceFor(request.serviceType, deps.settings);
  const requirement = service.requirements.find((item) => item.code === input.requirementCode);
  if (!requirement) {
    throw new ValidationError(
      'UNKNOWN_REQUIREMENT',
      `Persyaratan ${input.requirementCode} tidak termasuk persyaratan layanan ${service.name}.`,
      'requirementCode',
    );
  }
  const document =
    'archiveDocumentId' in input
      ? await fromArchive(deps, actor, request, requirement, input.archiveDocumentId)
      : registerUpload(deps, request, input);
  await deps.records.putDocument(document);
  if (document.status === 'UPLOADED') return { document };
  return {
    document,
    uploadUrl: await deps.files.uploadUrl(document.key, document.contentType, document.size),
  };
}

function registerUpload(deps: AddDocumentDeps, request: ServiceRequest, input: UploadInput): RequestDocument {
  if (input.size > deps.maxUploadBytes) {
    const limit = Math.floor(deps.maxUploadBytes / 1_048_576);
    throw new ValidationError('FILE_TOO_LARGE', `Ukuran berkas melebihi batas ${limit} MB.`, 'size');
  }
  const id = deps.ids.next();
  return {
    id,
    requestId: request.id,
    requirementCode: input.requirementCode,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    key: `requests/${request.id}/${id}`,
    status: 'AWAITING_UPLOAD',
    createdAt: deps.clock.now().toISOString(),
  };
}

async function fromArchive(
  deps: AddDocumentDeps,
  actor: Actor,
  request: ServiceRequest,
  requirement: Requirement,
  archiveDocumentId: string,
): Promise<RequestDocument> {
  if (!requirement.fromArchive) {
    throw new ValidationError(
      'NOT_FROM_ARCHIVE',
      `${requirement.name} tidak dapat diambil dari arsip digital; unggah berkasnya.`,
      'requirementCode',
    );
  }
  const archived = await deps.employeeArchive.get(archiveDocumentId);
  // Only the applicant's own archive is open to their request; another's is reported absent.
  if (!archived || archived.nip !== request.applicant.nip) throw archivedDocumentNotFound(archiveDocumentId);
  if (archived.source === 'PERSONAL' && archived.status !== 'STORED') {
    throw new ConflictError('NOT_UPLOADED', `Berkas ${archived.title} belum selesai diunggah ke arsip.`);
  }
  const withheld = await withheldArchived(deps, actor, archived);
  if (withheld) throw withheld;
  if (archived.source === 'ISSUED' && archived.revocation) {
    throw new ValidationError(
      'ARCHIVE_DOCUMENT_REVOKED',
      `${archived.title} nomor ${archived.number} telah dicabut dan tidak dapat dipakai.`,
      'archiveDocumentId',
    );
  }
  if (archived.requirementCode && archived.requirementCode !== requirement.code) {
    throw new ValidationError(
      'ARCHIVE_DOCUMENT_MISMATCH',
      `Dokumen arsip ${archived.title} bukan ${requirement.name}.`,
      'archiveDocumentId',
    );
  }
  const now = deps.clock.now().toISOString();
  return {
    id: deps.ids.next(),
    requestId: request.id,
    requirementCode: requirement.code,
    fileName: archived.fileName,
    contentType: archived.contentType,
    size: archived.size,
    key: archived.key,
    archiveDocumentId: archived.documentId,
    sha256: archived.sha256,
    status: 'UPLOADED',
    createdAt: now,
    uploadedAt: now,
  };
}
