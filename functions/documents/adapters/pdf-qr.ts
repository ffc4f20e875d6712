import { type PDFPage, rgb } from 'pdf-lib';
import { create } from 'qrcode';

/** The light border a scanner needs to find the symbol (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * Draws `text` as a QR code `size` points wide with its top left corner at (`x`, `top`). The dark
 * modules are one vector path of horizontal runs, so the code prints sharp at any resolution and
 * shows no seams between neighbouring modules; the white square keeps the quiet zone light over a
 * watermark.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < modules.size && modules.get(row, col + 1)) col++;
      path += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col + 1 - start}v1h${start - col - 1}z`;
    }
  }
  page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) });
  page.drawSvgPath(path, { x, y: top, scale: size / (modules.size + 2 * QUIET_ZONE), color: rgb(0, 0, 0) });
}
