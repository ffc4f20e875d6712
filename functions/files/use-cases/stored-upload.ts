import { createHash } from 'node:crypto';
import type { FileStore } from '#files/domain/ports';
import { UPLOAD_URL_SECONDS } from '#files/domain/upload-limits';
import { requireDocument } from '#files/domain/uploads';
import { NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import type { DocumentContentType } from '#requests';

/** A file registered for upload to a presigned URL: where it goes, its name and the size it was bound to. */
export interface RegisteredUpload {
  readonly key: string;
  readonly fileName: string;
  readonly size: number;
}

/** An uploaded file that passed its checks, with the type its content shows. */
export interface CheckedUpload {
  readonly body: Uint8Array;
  readonly contentType: DocumentContentType;
  readonly sha256: string;
}

/**
 * Reads an uploaded file and checks it as every upload is checked before anyone uses it: its
 * stored size is the registered one (the presigned URL was bound to it) and within the limit,
 * and its content is a PDF, JPEG or PNG without active content (requireDocument). Undefined when
 * nothing was uploaded yet.
 */
export async function readUpload(
  deps: { readonly files: FileStore; readonly maxUploadBytes: number },
  upload: RegisteredUpload,
  field: string,
): Promise<CheckedUpload | undefined> {
  const stored = await deps.files.head(upload.key);
  if (!stored) return undefined;
  if (stored.size > deps.maxUploadBytes || stored.size !== upload.size) {
    throw new ValidationError(
      'UPLOAD_MISMATCH',
      `Berkas ${upload.fileName} tidak sesuai dengan ukuran yang didaftarkan atau melebihi batas. Unggah ulang berkas tersebut.`,
      field,
    );
  }
  const body = await deps.files.read(upload.key);
  const contentType = requireDocument(body, upload.fileName, field);
  return { body, contentType, sha256: createHash('sha256').update(body).digest('hex') };
}

/** Where a client PUTs a file too large for the request body, and the id it names the file by afterwards. */
export interface PresignedUpload {
  readonly uploadId: string;
  readonly uploadUrl: string;
  readonly expiresAt: string;
}

/** A presigned URL for one file of `contentType` and exactly `size` bytes, under the key `keyOf` gives its new id. */
export async function presignUpload(
  deps: { readonly files: FileStore; readonly ids: IdGenerator; readonly clock: Clock },
  keyOf: (uploadId: string) => string,
  contentType: string,
  size: number,
): Promise<PresignedUpload> {
  const uploadId = deps.ids.next();
  return {
    uploadId,
    uploadUrl: await deps.files.uploadUrl(keyOf(uploadId), contentType, size),
    expiresAt: new Date(deps.clock.now().getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
  };
}

/**
 * The bytes uploaded to a presigned URL: 404 UPLOAD_NOT_FOUND when nothing is there (not yet
 * uploaded, or expired), 400 when the stored file is larger than `maxBytes` (S3 enforces the
 * size the URL was signed for; this also holds where nothing enforces it, as locally).
 */
export async function readUploaded(
  deps: { readonly files: FileStore },
  key: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const stored = await deps.files.head(key);
  if (!stored) {
    throw new NotFoundError(
      'UPLOAD_NOT_FOUND',
      'Berkas belum diunggah ke alamat unggahnya, atau sudah kedaluwarsa. Minta alamat unggah baru.',
      'uploadId',
    );
  }
  if (stored.size > maxBytes) {
    throw new ValidationError(
      'FILE_TOO_LARGE',
      `Berkas melebihi batas ${Math.floor(maxBytes / 1_048_576)} MB.`,
      'uploadId',
    );
  }
  return deps.files.read(key);
}
