import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { DocumentContent } from '#domain/documents';
import type { DocumentRenderer } from '#domain/ports';

const A4 = [595.28, 841.89] as const;
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

/** Splits text into lines that fit `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Standard fonts encode WinAnsi only; characters outside it are replaced rather than failing. */
function printable(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
}

class Writer {
  private y = A4[1] - MARGIN;
  page: PDFPage;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = pdf.addPage([...A4]);
  }

  private room(height: number) {
    if (this.y - height < MARGIN) {
      this.page = this.pdf.addPage([...A4]);
      this.y = A4[1] - MARGIN;
    }
  }

  text(text: string, options: { size?: number; bold?: boolean; center?: boolean; indent?: number } = {}) {
    const size = options.size ?? 11;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    for (const line of wrap(printable(text), font, size, WIDTH - indent)) {
      this.room(size * 1.5);
      const x = options.center ? (A4[0] - font.widthOfTextAtSize(line, size)) / 2 : MARGIN + indent;
      this.page.drawText(line, { x, y: this.y - size, size, font });
      this.y -= size * 1.5;
    }
  }

  gap(height = 8) {
    this.y -= height;
  }

  rule() {
    this.room(6);
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 1.2,
    });
    this.y -= 10;
  }
}

/** Lays a document out on A4 pages with the standard PDF fonts. */
export const pdfRenderer: DocumentRenderer = {
  async render(content: DocumentContent) {
    const pdf = await PDFDocument.create();
    pdf.setTitle(printable(content.title));
    pdf.setAuthor(printable(content.agencyName));
    pdf.setProducer('Layanan ASN Terpadu');
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const writer = new Writer(pdf, regular, bold);
    writer.text(content.agencyName.toUpperCase(), { size: 14, bold: true, center: true });
    writer.rule();
    writer.text(content.title, { size: 13, bold: true, center: true });
    if (content.subtitle) writer.text(content.subtitle, { center: true });
    writer.gap(12);
    for (const paragraph of content.paragraphs) {
      writer.text(paragraph);
      writer.gap(4);
    }
    writer.gap(6);
    for (const [label, value] of content.facts) writer.text(`${label}: ${value}`, { indent: 12 });
    if (content.legalBasis.length > 0) {
      writer.gap(10);
      writer.text('Dasar hukum:', { bold: true });
      for (const [index, basis] of content.legalBasis.entries()) {
        writer.text(`${index + 1}. ${basis}`, { indent: 12, size: 10 });
      }
    }
    writer.gap(18);
    writer.text(content.dated, { indent: WIDTH / 2 });
    if (content.signer) {
      writer.text(content.signer.title, { indent: WIDTH / 2 });
      writer.gap(36);
      writer.text(content.signer.name, { indent: WIDTH / 2, bold: true });
    }
    for (const page of pdf.getPages()) {
      page.drawText(printable(content.footer), {
        x: MARGIN,
        y: MARGIN / 2,
        size: 8,
        font: regular,
        color: rgb(0.4, 0.4, 0.4),
      });
      if (content.watermark) {
        page.drawText(content.watermark, {
          x: A4[0] / 4,
          y: A4[1] / 3,
          size: 110,
          font: bold,
          color: rgb(0.85, 0.85, 0.85),
          rotate: degrees(45),
          opacity: 0.5,
        });
      }
    }
    return pdf.save();
  },
};
