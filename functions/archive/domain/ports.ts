import type { DownloadFile } from '#files';
import type { Page, PageQuery } from '#kernel/domain/ports';
import type { ArchivedDocument, IssuedDocument, Revocation } from './archive';
import type { ArchiveLock } from './archive-keys';

/** The index of employees' digital archives (the files lie in the ArchiveStore). */
export interface EmployeeArchive {
  /** Stores an entry; storing the same entry again changes nothing. */
  put(document: ArchivedDocument): Promise<void>;
  get(documentId: string): Promise<ArchivedDocument | undefined>;
  /** The issued document whose file has this SHA-256, if any. */
  findIssued(sha256: string): Promise<IssuedDocument | undefined>;
  /** Records a revocation once; false when the document was revoked already. */
  revoke(documentId: string, revocation: Revocation): Promise<boolean>;
  /** An employee's documents, newest first. */
  list(nip: string, query: PageQuery): Promise<Page<ArchivedDocument>>;
}
/** The archive of issued documents: versioned and locked (S3 Object Lock in production). */
export interface ArchiveStore {
  /** Stores a document; with `lock`, under Object Lock until its date (issued documents only). */
  put(
    key: string,
    body: Uint8Array,
    contentType: string,
    lock?: ArchiveLock,
  ): Promise<{ readonly sha256: string; readonly size: number }>;
  /** A short-lived URL to download one document as an attachment of its checked type (see DownloadFile). */
  downloadUrl(key: string, file: DownloadFile): Promise<string>;
}
