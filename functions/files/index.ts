/** The files slice's public module: what other slices may use of it (docs/architecture.md). */
export type { FileStore } from './domain/ports';
export {
  IMPORT_UPLOAD_MAX_BYTES,
  importUploadKey,
  VERIFY_UPLOAD_MAX_BYTES,
  verificationUploadKey,
} from './domain/upload-limits';
export { type DownloadFile, requireDocument } from './domain/uploads';
