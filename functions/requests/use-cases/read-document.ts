import type { ArchiveStore } from '#archive';
import type { FileStore } from '#files';
import { readFrozen } from '#files/use-cases/frozen-files';
import { readUpload } from '#files/use-cases/stored-upload';
import { NotFoundError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import { type ReadScope, readableRequest } from '#requests/domain/access';
import type { RequestRecords } from '#requests/domain/ports';
import type { RequestDocument } from '#requests/domain/request';

export interface ReadDocumentDeps extends ReadScope {
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
  await readableRequest(deps, actor, requestId);
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
  const file = { fileName: document.fileName, contentType };
  if (document.archiveDocumentId) {
    return { document, downloadUrl: await deps.archive.downloadUrl(document.key, file) };
  }
  // A confirmed upload is served only while its bytes are those confirmed at submission.
  if (document.sha256) await readFrozen(deps.files, document.key, document.sha256);
  return { document, downloadUrl: await deps.files.downloadUrl(document.key, file) };
}
