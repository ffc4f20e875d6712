import { deflateSync } from 'node:zlib';
import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { SAMPLE_PDF } from './fixtures';

/**
 * Files that look like what the API takes and are not only that: PDFs that run something, an
 * HTML page wearing a PDF's or a PNG's first bytes, images with something appended; and real
 * images and PDFs beside them, which must pass.
 */

/** A small PDF around one extra catalog entry (`extra` is PDF syntax, e.g. `/OpenAction 3 0 R`). */
export function pdfWith(extra: string, objects = ''): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R ${extra}>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n` +
      `${objects}trailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A PDF whose JavaScript action hides in a compressed object stream (PDF 1.5), out of a plain scan's sight. */
export function pdfWithHiddenJavaScript(): Buffer {
  const inner = Buffer.from('3 0 <</S/JavaScript/JS(app.alert(1))>>');
  const packed = deflateSync(inner);
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 3 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
        `4 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${packed.length}>>stream\n`,
    ),
    packed,
    Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  ]);
}

/** A PDF whose header is followed by a page a browser would run: a PDF/HTML polyglot. */
export const PDF_HTML_POLYGLOT = Buffer.concat([
  Buffer.from('%PDF-1.4\n%<html><body><script>alert(document.domain)</script></body></html>\n'),
  SAMPLE_PDF.subarray(9),
]);

/** An HTML page behind a PNG's eight magic bytes: sniffed as PNG, not an image. */
export const HTML_AS_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('<html><script>alert(1)</script></html>'),
]);

/** A real PDF as pdf-lib writes it (object streams, compressed). */
export async function realPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]).drawText('Surat Keputusan', { x: 20, y: 100, size: 12 });
  return Buffer.from(await document.save({ useObjectStreams: true }));
}

function drawn(): Canvas {
  const canvas = createCanvas(16, 16);
  const context = canvas.getContext('2d');
  context.fillStyle = '#3366cc';
  context.fillRect(0, 0, 16, 8);
  return canvas;
}

/** A real 16×16 PNG. */
export const realPng = (): Buffer => drawn().toBuffer('image/png');

/** A real 16×16 JPEG. */
export const realJpeg = (): Buffer => drawn().toBuffer('image/jpeg');

/** Something appended after an image's end: a ZIP's local header here (an image/ZIP polyglot). */
export const withTrailer = (image: Buffer): Buffer =>
  Buffer.concat([image, Buffer.from('PK\u0003\u0004payload.html')]);
