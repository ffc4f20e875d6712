import { type ReadScope, readableRequest } from '../access';
import { NotFoundError } from '../errors';
import type { ArchiveStore, FileStore, RequestRecords } from '../ports';
import type { RequestDocument } from '../request';
import type { Actor } from '../roles';
import { readFrozen } from './frozen-files';

export interface ReadDocumentDeps extends ReadScope {
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
  await readableRequest(deps, actor, requestId);
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
  if (document.archiveDocumentId) {
    return { document, downloadUrl: await deps.archive.downloadUrl(document.key, document.fileName) };
  }
  // A confirmed upload is served only while its bytes are those confirmed at submission.
  if (document.sha256) await readFrozen(deps.files, document.key, document.sha256);
  return { document, downloadUrl: await deps.files.downloadUrl(document.key, document.fileName) };
}
