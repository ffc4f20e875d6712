import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * The faces embedded in every document: Arimo has Arial's metrics, the font of Indonesian official
 * documents, and covers every character a name or a quotation mark needs. Paths are inside
 * `@expo-google-fonts/arimo`; the Lambda bundle carries copies in `fonts/` (infra/bundle.ts).
 */
export const FONT_FILES = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
} as const;

type Face = keyof typeof FONT_FILES;
export type Fonts = Record<Face, PDFFont>;

let fontBytes: Promise<Array<[Face, Uint8Array]>> | undefined;

/** The Lambda bundle ships the fonts beside its code; the TypeScript sources find them in node_modules. */
async function readFont(path: string): Promise<Uint8Array> {
  try {
    return await readFile(new URL(`./fonts/${basename(path)}`, import.meta.url));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return readFile(createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${path}`));
  }
}

/**
 * A subset font is named "ABCDEF+Name" (ISO 32000-1, 9.6.4). The tag is derived from the document,
 * so the same content renders to the same bytes.
 */
function subsetName(face: Face, documentId: string): string {
  const digest = createHash('sha256').update(`${documentId}/${face}`).digest();
  const tag = String.fromCharCode(...digest.subarray(0, 6).map((byte) => 65 + (byte % 26)));
  return `${tag}+Arimo-${face[0]?.toUpperCase()}${face.slice(1)}`;
}

/**
 * @pdf-lib/fontkit 1.1.1 writes a subset's `loca` table in the short format, which stores offsets
 * halved, but copies the glyph records unpadded: after the first odd-length glyph every glyph
 * points a byte off and prints blank or garbled (Hopding/pdf-lib#1232, fixed upstream in fontkit
 * by foliojs/fontkit#191). Arimo's records have odd lengths, so they are padded to even lengths
 * here. The new `glyf` and `loca` are appended and the table directory points to them; fontkit
 * ignores table checksums, and only the subset it writes reaches the PDF.
 */
function padGlyphs(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const table = (tag: string) => {
    for (let record = 12; record < 12 + 16 * view.getUint16(4); record += 16) {
      if (String.fromCharCode(...font.subarray(record, record + 4)) === tag) {
        return { record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
      }
    }
    throw new Error(`The font has no ${tag} table.`);
  };
  const [head, glyf, loca] = [table('head'), table('glyf'), table('loca')];
  if (view.getInt16(head.offset + 50) === 0) return font; // short offsets are even already
  const source = (gid: number) => view.getUint32(loca.offset + 4 * gid);
  const offsets = [0];
  for (let gid = 0; gid < loca.length / 4 - 1; gid++) {
    const length = source(gid + 1) - source(gid);
    offsets.push((offsets.at(-1) ?? 0) + length + (length % 2));
  }
  const glyfAt = Math.ceil(font.length / 4) * 4;
  const locaAt = glyfAt + Math.ceil((offsets.at(-1) ?? 0) / 4) * 4;
  const padded = new Uint8Array(locaAt + 4 * offsets.length);
  const out = new DataView(padded.buffer);
  padded.set(font);
  for (const [gid, offset] of offsets.entries()) {
    out.setUint32(locaAt + 4 * gid, offset);
    if (gid < offsets.length - 1) {
      padded.set(font.subarray(glyf.offset + source(gid), glyf.offset + source(gid + 1)), glyfAt + offset);
    }
  }
  out.setUint32(glyf.record + 8, glyfAt);
  out.setUint32(glyf.record + 12, offsets.at(-1) ?? 0);
  out.setUint32(loca.record + 8, locaAt);
  return padded;
}

/**
 * fontkit as pdf-lib uses it, parsing each face once per process: parsing a face is most of the
 * cost of a document, and the parsed font is only read (each document takes its own subset).
 */
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(data, postscriptName) {
    const bytes = data as Uint8Array;
    let font = parsedFonts.get(bytes);
    if (!font) {
      font = fontkit.create(bytes, postscriptName);
      parsedFonts.set(bytes, font);
    }
    return font;
  },
};

/** Embeds the faces in `pdf` as subsets named after the document. */
export async function embedFonts(pdf: PDFDocument, documentId: string): Promise<Fonts> {
  fontBytes ??= Promise.all(
    Object.entries(FONT_FILES).map(
      async ([face, path]) => [face as Face, padGlyphs(await readFont(path))] as [Face, Uint8Array],
    ),
  ).catch((error: unknown) => {
    fontBytes = undefined; // the next document tries again
    throw error;
  });
  pdf.registerFontkit(cachingFontkit);
  const fonts: Partial<Fonts> = {};
  // One after the other: the order of the font objects in the file stays fixed.
  for (const [face, bytes] of await fontBytes) {
    fonts[face] = await pdf.embedFont(bytes, { subset: true, customName: subsetName(face, documentId) });
  }
  return fonts as Fonts;
}
