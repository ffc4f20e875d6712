import { canReadRequest, requestNotFound } from '../access';
import { NotFoundError } from '../errors';
import type { ArchiveStore, FileStore, RequestRecords } from '../ports';
import type { RequestDocument } from '../request';
import type { Actor } from '../roles';

export interface ReadDocumentDeps {
  readonly records: RequestRecords;
  readonly files: FileStore;
  readonly archive: ArchiveStore;
}

/**
 * One requirement document of a request, with a short-lived download URL: for the verifier who
 * checks it, the officials after them, auditors, and the applicant's side.
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
  const stored =
    document?.status === 'UPLOADED' || (document !== undefined && (await deps.files.head(document.key)));
  if (!document || !stored) {
    throw new NotFoundError(
      'DOCUMENT_NOT_FOUND',
      `Dokumen ${documentId} tidak ditemukan atau berkasnya belum diunggah.`,
      'documentId',
    );
  }
  const store = document.archiveDocumentId ? deps.archive : deps.files;
  return { document, downloadUrl: await store.downloadUrl(document.key, document.fileName) };
}
