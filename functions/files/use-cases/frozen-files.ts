import { createHash } from 'node:crypto';
import type { FileStore } from '#files/domain/ports';
import { ConflictError } from '#kernel/domain/errors';
import type { DocumentContentType } from '#requests';
import { type RegisteredUpload, readUpload } from './stored-upload';

export interface FrozenFile {
  readonly key: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
  readonly sha256: string;
}

/**
 * Where an upload is kept once confirmed: a key no upload URL is ever made for, so a second PUT to
 * a still-valid upload URL changes nothing that was confirmed.
 */
export function frozenKey(uploadKey: string): string {
  return `confirmed/${uploadKey}`;
}

/**
 * Reads an upload once and checks it as every upload is checked (readUpload: its registered size,
 * a plain PDF, JPEG or PNG), then stores exactly those bytes under the frozen key: what was
 * checked and digested is what is served from then on. Undefined when nothing was uploaded yet.
 */
export async function freezeUpload(
  deps: { readonly files: FileStore; readonly maxUploadBytes: number },
  upload: RegisteredUpload,
  field: string,
): Promise<FrozenFile | undefined> {
  const checked = await readUpload(deps, upload, field);
  if (!checked) return undefined;
  const key = frozenKey(upload.key);
  await deps.files.put(key, checked.body, checked.contentType);
  return { key, contentType: checked.contentType, size: checked.body.length, sha256: checked.sha256 };
}

/** Reads a frozen file, refusing it if its bytes no longer match the digest recorded at confirmation. */
export async function readFrozen(files: FileStore, key: string, sha256: string): Promise<Uint8Array> {
  const body = await files.read(key);
  if (createHash('sha256').update(body).digest('hex') !== sha256) {
    throw new ConflictError(
      'FILE_ALTERED',
      'Isi berkas tidak lagi sama dengan yang dikonfirmasi saat diajukan; berkas tidak disajikan. Hubungi Admin BKPSDM.',
    );
  }
  return body;
}
