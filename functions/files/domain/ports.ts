import type { DownloadFile } from './uploads';

export interface StoredObject {
  readonly size: number;
  readonly contentType?: string;
}
/** Private object storage for uploads (S3 in production). */
export interface FileStore {
  /** A short-lived URL the client PUTs the file to, bound to its type and size. */
  uploadUrl(key: string, contentType: string, size: number): Promise<string>;
  /** A short-lived URL to download one file as an attachment of its checked type (see DownloadFile). */
  downloadUrl(key: string, file: DownloadFile): Promise<string>;
  head(key: string): Promise<StoredObject | undefined>;
  read(key: string): Promise<Uint8Array>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
}
