import { canActAsApplicant, requestNotFound } from '../access';
import { findService } from '../catalog/index';
import { ConflictError, ValidationError } from '../errors';
import type { Clock, FileStore, IdGenerator, RequestRecords } from '../ports';
import type { DocumentContentType, RequestDocument } from '../request';
import type { Actor } from '../roles';

export interface AddDocumentInput {
  readonly requirementCode: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
}

export interface AddDocumentDeps {
  readonly records: RequestRecords;
  readonly files: FileStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly maxUploadBytes: number;
}

/** Uploads may continue until the file is complete (Kediri Pasal 8c): while a draft or deficient. */
const OPEN_FOR_UPLOAD = new Set(['DRAFT', 'DEFICIENT']);

/** Registers a requirement document and hands back where to upload it. */
export async function addDocument(
  deps: AddDocumentDeps,
  actor: Actor,
  requestId: string,
  input: AddDocumentInput,
): Promise<{ document: RequestDocument; uploadUrl: string }> {
  const request = await deps.records.get(requestId);
  if (!request || !canActAsApplicant(actor, request)) throw requestNotFound(requestId);
  if (!OPEN_FOR_UPLOAD.has(request.status)) {
    throw new ConflictError(
      'NOT_OPEN_FOR_UPLOAD',
      'Dokumen hanya dapat diunggah saat permohonan berstatus draf atau perlu perbaikan.',
    );
  }
  const service = findService(request.serviceType);
  if (!service.requirements.some((requirement) => requirement.code === input.requirementCode)) {
    throw new ValidationError(
      'UNKNOWN_REQUIREMENT',
      `Persyaratan ${input.requirementCode} tidak termasuk persyaratan layanan ${service.name}.`,
      'requirementCode',
    );
  }
  if (input.size > deps.maxUploadBytes) {
    const limit = Math.floor(deps.maxUploadBytes / 1_048_576);
    throw new ValidationError('FILE_TOO_LARGE', `Ukuran berkas melebihi batas ${limit} MB.`, 'size');
  }
  const id = deps.ids.next();
  const document: RequestDocument = {
    id,
    requestId,
    requirementCode: input.requirementCode,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    key: `requests/${requestId}/${id}`,
    status: 'AWAITING_UPLOAD',
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.records.putDocument(document);
  const uploadUrl = await deps.files.uploadUrl(document.key, document.contentType, document.size);
  return { document, uploadUrl };
}
