import type { DocumentContentType } from './request';

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
