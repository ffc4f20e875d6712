/** The archive slice's public module: what other slices may use of it (docs/architecture.md). */
export {
  archivedDocumentNotFound,
  type DocumentSignature,
  type DocumentSigner,
  fileExtension,
  type IssuedDocument,
  type ManualDocument,
  publishArchived,
} from './domain/archive';
export { archiveLock, draftKey, issuedDocumentKey } from './domain/archive-keys';
export type { ArchiveStore, EmployeeArchive } from './domain/ports';
