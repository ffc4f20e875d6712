import { crc32, inflateSync } from 'node:zlib';

/**
 * Why a file that starts like a PDF, PNG or JPEG is still not taken: it carries something a
 * reader runs or opens (active content), or its structure is not that of the format it claims.
 * Undefined when the file is what it says and nothing more.
 */
export type ContentProblem =
  | { readonly kind: 'ACTIVE_CONTENT'; readonly what: string }
  | { readonly kind: 'MALFORMED'; readonly what: string };

/** PDF names that make a reader run, launch, submit or unpack something. */
const ACTIVE_PDF_NAMES: Readonly<Record<string, string>> = {
  JavaScript: 'JavaScript',
  JS: 'JavaScript',
  OpenAction: 'aksi otomatis saat dibuka (/OpenAction)',
  AA: 'aksi otomatis (/AA)',
  Launch: 'perintah menjalankan program (/Launch)',
  EmbeddedFile: 'berkas tersemat',
  EmbeddedFiles: 'berkas tersemat',
  RichMedia: 'media aktif (/RichMedia)',
  SubmitForm: 'pengiriman formulir (/SubmitForm)',
  ImportData: 'impor data (/ImportData)',
  GoToE: 'tautan ke berkas tersemat (/GoToE)',
  XFA: 'formulir XFA',
};

/**
 * Markup a browser would run if it ever took the file for a page (PDF/HTML and image/HTML
 * polyglots), anywhere in the file. Only tags long enough not to occur by chance in compressed
 * data: the short ones WHATWG sniffing knows (`<a`, `<p`) count only at a file's start, where our
 * files hold their magic number instead.
 */
const HTML_MARKUP =
  /<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|meta|form|style|title)[\s/>]/i;

/** A decompressed object stream larger than this is refused rather than read (a zip bomb). */
const MAX_INFLATED_BYTES = 64 * 1_048_576;

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** PDF names (`/Name`, with `#xx` escapes decoded) and what follows each. */
function* pdfNames(text: string): Generator<{ name: string; next: string }> {
  const pattern = /\/([^\s/[\]<>(){}%]+)\s*(\S?)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[1] ?? '';
    const name = raw.replace(/#([0-9A-Fa-f]{2})/g, (_escape, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    yield { name, next: match[2] ?? '' };
  }
}

function activeName(text: string): string | undefined {
  for (const { name, next } of pdfNames(text)) {
    const what = ACTIVE_PDF_NAMES[name];
    // An /OpenAction that is an array is a destination (the page to open at), not an action.
    if (what && !(name === 'OpenAction' && next === '[')) return what;
  }
  return undefined;
}

/**
 * The compressed object streams of a PDF (PDF 1.5+ keeps dictionaries there, out of sight of a
 * plain scan), decompressed; or a problem when one cannot be read.
 */
function objectStreams(text: string, bytes: Uint8Array): string[] | ContentProblem {
  const streams: string[] = [];
  for (const match of text.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const dictionary = text.slice(Math.max(0, (match.index ?? 0) - 1024), match.index);
    const header = dictionary.slice(dictionary.lastIndexOf('obj'));
    if (!/\/Type\s*\/ObjStm/.test(header)) continue;
    const end = text.indexOf('endstream', start);
    if (end < 0) return { kind: 'MALFORMED', what: 'aliran objek PDF tidak lengkap' };
    const data = bytes.subarray(start, end);
    if (!/\/Filter/.test(header)) {
      streams.push(latin1(data));
      continue;
    }
    if (!/\/Filter\s*(?:\[\s*)?\/FlateDecode\s*\]?\s*[/>]/.test(header))
      return { kind: 'MALFORMED', what: 'aliran objek PDF dengan penyandian yang tidak dapat diperiksa' };
    try {
      streams.push(latin1(inflateSync(data, { maxOutputLength: MAX_INFLATED_BYTES })));
    } catch {
      return { kind: 'MALFORMED', what: 'aliran objek PDF yang tidak dapat dibaca' };
    }
  }
  return streams;
}

function pdfProblem(bytes: Uint8Array): ContentProblem | undefined {
  const text = latin1(bytes);
  if (/\/Encrypt\b/.test(text)) return { kind: 'MALFORMED', what: 'PDF terenkripsi tidak dapat diperiksa' };
  const streams = objectStreams(text, bytes);
  if (!Array.isArray(streams)) return streams;
  for (const part of [text, ...streams]) {
    const what = activeName(part);
    if (what) return { kind: 'ACTIVE_CONTENT', what };
  }
  return undefined;
}

/** A PNG is its signature, then well-formed chunks (each CRC right) from IHDR to IEND, then nothing. */
function pngProblem(bytes: Uint8Array): ContentProblem | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let first = true;
  let pixels = false;
  while (offset + 12 <= bytes.byteLength) {
    const length = view.getUint32(offset);
    const type = latin1(bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.byteLength || (first && type !== 'IHDR'))
      return { kind: 'MALFORMED', what: 'struktur PNG tidak sah' };
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length))
      return { kind: 'MALFORMED', what: 'struktur PNG tidak sah' };
    first = false;
    pixels ||= type === 'IDAT';
    offset = end;
    if (type === 'IEND') {
      return offset === bytes.byteLength && pixels
        ? undefined
        : { kind: 'MALFORMED', what: 'data tambahan di luar gambar PNG' };
    }
  }
  return { kind: 'MALFORMED', what: 'gambar PNG tidak lengkap' };
}

/** Where the JPEG that starts at `start` ends (after its EOI marker), or undefined when it is not one. */
function jpegEnd(bytes: Uint8Array, start: number): number | undefined {
  if (bytes[start] !== 0xff || bytes[start + 1] !== 0xd8) return undefined;
  let offset = start + 2;
  let scanned = false;
  while (offset + 1 < bytes.byteLength) {
    if (bytes[offset] !== 0xff) {
      // Entropy-coded data after a start of scan runs until the next marker.
      if (!scanned) return undefined;
      offset += 1;
      continue;
    }
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xd9) return scanned ? offset + 2 : undefined;
    // Fill bytes, stuffed zeros, restart markers and TEM stand alone.
    if (marker === 0xff || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += marker === 0xff ? 1 : 2;
      continue;
    }
    if (offset + 3 >= bytes.byteLength) return undefined;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2) return undefined;
    if (marker === 0xda) scanned = true;
    offset += 2 + length;
  }
  return undefined;
}

/**
 * A JPEG is markers from SOI to EOI with a scan between. After it only padding or further JPEGs
 * (the Multi-Picture Format phones write: previews, depth and gain maps) may follow.
 */
function jpegProblem(bytes: Uint8Array): ContentProblem | undefined {
  let offset = 0;
  do {
    const end = jpegEnd(bytes, offset);
    if (end === undefined)
      return {
        kind: 'MALFORMED',
        what: offset === 0 ? 'struktur JPEG tidak sah' : 'data tambahan di luar gambar JPEG',
      };
    offset = end;
    while (offset < bytes.byteLength && bytes[offset] === 0) offset += 1;
  } while (offset < bytes.byteLength);
  return undefined;
}

const CHECKS = {
  'application/pdf': pdfProblem,
  'image/png': pngProblem,
  'image/jpeg': jpegProblem,
} as const;

/**
 * What keeps a file of the type its magic number shows from being taken as that type: active
 * content in a PDF, HTML markup anywhere (a polyglot), or an image whose structure is not one.
 */
export function contentProblem(
  contentType: keyof typeof CHECKS,
  bytes: Uint8Array,
): ContentProblem | undefined {
  if (HTML_MARKUP.test(latin1(bytes))) return { kind: 'ACTIVE_CONTENT', what: 'markah HTML' };
  return CHECKS[contentType](bytes);
}
