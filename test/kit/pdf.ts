import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function withDocument<T>(pdf: Uint8Array, use: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes over the buffer it is given.
  const task = getDocument({ data: pdf.slice() });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** Each page's text as a reader would copy it: the items in drawing order, spaces normalised. */
export const pageTexts = (pdf: Uint8Array) =>
  withDocument(pdf, async (document) => {
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const { items } = await (await document.getPage(number)).getTextContent();
      texts.push(
        items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
    }
    return texts;
  });

/** Page 1 drawn at `scale`, as a reader (or a phone camera) would see it. */
export const drawFirstPage = (pdf: Uint8Array, scale: number) =>
  withDocument(pdf, async (document) => {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({
      // pdf.js draws on @napi-rs/canvas in Node; its types name the DOM's canvas.
      canvas: canvas as unknown as Parameters<PDFPageProxy['render']>[0]['canvas'],
      viewport,
    }).promise;
    return canvas;
  });

/** The QR code of page 1, read from a drawing of it as a phone would read a print. */
export async function scanQrCode(pdf: Uint8Array, scale = 2): Promise<string | undefined> {
  const canvas = await drawFirstPage(pdf, scale);
  const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, width, height)?.data;
}
