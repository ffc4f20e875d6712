import { createHash } from 'node:crypto';
import { ValidationError } from '../errors';
import type { FileStore } from '../ports';
import type { DocumentContentType } from '../request';
import { requireDocument } from '../uploads';

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
