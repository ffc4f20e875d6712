import { fileExtension } from '#archive';
import { ValidationError } from '#kernel/domain/errors';
import type { DocumentContentType } from '#requests';
import { contentProblem } from './active-content';

const SIGNATURES: ReadonlyArray<readonly [DocumentContentType, readonly number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/**
 * The type a file's content shows (its magic number), whatever its name or declared type says;
 * undefined for anything but PDF, PNG and JPEG.
 */
export function sniffContentType(head: Uint8Array): DocumentContentType | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((byte, index) => head[index] === byte))?.[0];
}

/** The refusal of a file whose content is not what the API takes. */
export function notADocumentMessage(fileName: string): string {
  return `Berkas ${fileName} bukan PDF, JPEG atau PNG menurut isinya. Unggah berkas dalam salah satu format tersebut.`;
}

/**
 * The type of a file the API takes, by its content: a PDF, PNG or JPEG that is one through and
 * through and carries nothing active (see active-content.ts). Anything else is refused with 400,
 * naming `field`: NOT_A_DOCUMENT for a file of another kind or broken structure, ACTIVE_CONTENT
 * for scripts, actions, embedded files or HTML.
 */
export function requireDocument(body: Uint8Array, fileName: string, field: string): DocumentContentType {
  const contentType = sniffContentType(body);
  if (!contentType) throw new ValidationError('NOT_A_DOCUMENT', notADocumentMessage(fileName), field);
  const problem = contentProblem(contentType, body);
  if (problem?.kind === 'MALFORMED')
    throw new ValidationError('NOT_A_DOCUMENT', `${notADocumentMessage(fileName)} (${problem.what})`, field);
  if (problem) {
    throw new ValidationError(
      'ACTIVE_CONTENT',
      `Berkas ${fileName} memuat ${problem.what} dan tidak diterima demi keamanan. Cetak ulang atau pindai ulang dokumen menjadi PDF, JPEG atau PNG biasa.`,
      field,
    );
  }
  return contentType;
}

/** A file as it is downloaded: its name and the type its content was found to be. */
export interface DownloadFile {
  readonly fileName: string;
  readonly contentType: DocumentContentType;
}

/**
 * The Content-Disposition of every download: an attachment (never shown inline), named in plain
 * ASCII; with a content type, the name ends in that type's extension whatever the uploader called it.
 */
export function attachmentDisposition(fileName: string, contentType?: DocumentContentType): string {
  const named = contentType ? `${fileName.replace(/\.[^.]*$/, '')}.${fileExtension(contentType)}` : fileName;
  return `attachment; filename="${named.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
