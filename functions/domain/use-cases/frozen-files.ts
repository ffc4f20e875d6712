import { createHash } from 'node:crypto';
import { ConflictError, ValidationError } from '../errors';
import type { FileStore } from '../ports';
import type { DocumentContentType } from '../request';
import { notADocumentMessage, sniffContentType } from '../uploads';

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

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads an upload once, checks its content (PDF, JPEG or PNG by its bytes) and stores exactly
 * those bytes under the frozen key: what was checked and digested is what is served from then on.
 */
export async function freezeUpload(
  files: FileStore,
  uploadKey: string,
  fileName: string,
  field: string,
): Promise<FrozenFile> {
  const body = await files.read(uploadKey);
  const contentType = sniffContentType(body);
  if (!contentType) throw new ValidationError('NOT_A_DOCUMENT', notADocumentMessage(fileName), field);
  const key = frozenKey(uploadKey);
  await files.put(key, body, contentType);
  return { key, contentType, size: body.length, sha256: sha256Hex(body) };
}

/** Reads a frozen file, refusing it if its bytes no longer match the digest recorded at confirmation. */
export async function readFrozen(files: FileStore, key: string, sha256: string): Promise<Uint8Array> {
  const body = await files.read(key);
  if (sha256Hex(body) !== sha256) {
    throw new ConflictError(
      'FILE_ALTERED',
      'Isi berkas tidak lagi sama dengan yang dikonfirmasi saat diajukan; berkas tidak disajikan. Hubungi Admin BKPSDM.',
    );
  }
  return body;
}
