import { canReadRequest, requestNotFound } from '../access';
import { NotFoundError } from '../errors';
import type { ArchiveStore, FileStore, RequestRecords } from '../ports';
import type { RequestDocument } from '../request';
import type { Actor } from '../roles';
import { readUpload } from './stored-upload';

export interface ReadDocumentDeps {
  readonly records: RequestRecords;
  readonly files: FileStore;
  readonly archive: ArchiveStore;
  readonly maxUploadBytes: number;
}

/**
 * One requirement document of a request, with a short-lived download URL: for the verifier who
 * checks it, the officials after them, auditors, and the applicant's side. It downloads as the
 * type its content was found to be: a draft's upload not yet confirmed is checked first.
 */
export async function readDocument(
  deps: ReadDocumentDeps,
  actor: Actor,
  requestId: string,
  documentId: string,
): Promise<{ document: RequestDocument; downloadUrl: string }> {
  const request = await deps.records.get(requestId);
  if (!request || !canReadRequest(actor, request)) throw requestNotFound(requestId);
  const document = (await deps.records.listDocuments(requestId)).find((item) => item.id === documentId);
  // A draft's uploads are confirmed on submission; until then the stored file itself tells.
  const contentType =
    document?.status === 'UPLOADED'
      ? document.contentType
      : document && (await readUpload(deps, document, 'documentId'))?.contentType;
  if (!document || !contentType) {
    throw new NotFoundError(
      'DOCUMENT_NOT_FOUND',
      `Dokumen ${documentId} tidak ditemukan atau berkasnya belum diunggah.`,
      'documentId',
    );
  }
  const store = document.archiveDocumentId ? deps.archive : deps.files;
  const file = { fileName: document.fileName, contentType };
  return { document, downloadUrl: await store.downloadUrl(document.key, file) };
}
