import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { DocumentContent, VerificationMark } from '#documents/domain/documents';
import type { DocumentRenderer } from '#documents/domain/ports';
import { embedFonts, type Fonts } from './pdf-fonts';
import { drawQrCode } from './pdf-qr';

const CM = 72 / 2.54;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 2.5 * CM;
const LEFT = MARGIN;
const WIDTH = PAGE_WIDTH - 2 * MARGIN;
const TOP = PAGE_HEIGHT - MARGIN;
const LEADING = 1.35;
const BODY = 11;
const SMALL = 9.5;
const FOOTER = 7.5;
const FOOTER_BASELINE = 1.2 * CM;
const GREY = rgb(0.35, 0.35, 0.35);
/** Width of the "Mengingat" / "Menetapkan" labels of a decree; its body starts after the colon. */
const LABEL = 2.6 * CM;
const COLON = 0.4 * CM;
const NUMBER = 0.6 * CM;
const SIGNATURE_X = LEFT + WIDTH / 2;
const SIGNATURE_WIDTH = WIDTH / 2;
const QR_SIZE = 2.4 * CM;
const STAMP_PADDING = 4;

const widths = new WeakMap<PDFFont, Map<string, number>>();

/**
 * A text's width, remembered per font: measuring lays the text out with fontkit (shaping,
 * kerning), most of what a document costs, and the same words are measured again and again.
 * A line's width is taken as its words' widths plus its spaces.
 */
function textWidth(font: PDFFont, text: string, size: number): number {
  let known = widths.get(font);
  if (!known) {
    known = new Map();
    widths.set(font, known);
  }
  let unit = known.get(text);
  if (unit === undefined) {
    unit = font.widthOfTextAtSize(text, 1);
    known.set(text, unit);
  }
  return unit * size;
}

/** Splits text into lines no wider than `width`; a word wider than a line is broken where it must be. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const space = textWidth(font, ' ', size);
  const lines: string[] = [];
  for (const hardLine of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of hardLine.split(/\s+/).filter(Boolean)) {
      const wordWidth = textWidth(font, word, size);
      const widened = line ? lineWidth + space + wordWidth : wordWidth;
      if (widened <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth = widened;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const char of word) {
        if (line && textWidth(font, line + char, size) > width) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
      lineWidth = textWidth(font, line, size);
    }
    lines.push(line);
  }
  return lines;
}

type Align = 'left' | 'center' | 'justify';

/** One column of a row: text wrapped within `width` from `x`. */
interface Cell {
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly font?: PDFFont;
  readonly align?: Align;
  readonly underline?: boolean;
  /** Framed like a stamp. */
  readonly boxed?: boolean;
}

/** Cells side by side; the first `keep` lines stay on one page, and `after` points follow. */
interface Row {
  readonly cells: readonly Cell[];
  readonly keep: number;
  readonly after: number;
}

function drawLine(
  page: PDFPage,
  line: string,
  cell: Cell,
  font: PDFFont,
  size: number,
  y: number,
  last: boolean,
) {
  const words = line.split(' ');
  if (cell.align === 'justify' && !last && words.length > 1) {
    const widths = words.map((word) => textWidth(font, word, size));
    const space = (cell.width - widths.reduce((sum, width) => sum + width, 0)) / (words.length - 1);
    let x = cell.x;
    for (const [index, word] of words.entries()) {
      page.drawText(word, { x, y, size, font });
      x += (widths[index] ?? 0) + space;
    }
    return;
  }
  const width = textWidth(font, line, size);
  const x = cell.align === 'center' ? cell.x + (cell.width - width) / 2 : cell.x;
  page.drawText(line, { x, y, size, font });
  if (cell.underline)
    page.drawLine({ start: { x, y: y - 1.5 }, end: { x: x + width, y: y - 1.5 }, thickness: 0.6 });
  if (cell.boxed) {
    page.drawRectangle({
      x: x - STAMP_PADDING,
      y: y - 0.35 * size,
      width: width + 2 * STAMP_PADDING,
      height: 1.3 * size,
      borderWidth: 0.6,
      borderColor: rgb(0, 0, 0),
    });
  }
}

/** Flows rows down A4 pages between the top margin and the footer. */
class Layout {
  page: PDFPage;
  y = TOP;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    private readonly bottom: number,
    private readonly onNewPage: (page: PDFPage) => void,
  ) {
    this.page = this.addPage();
  }

  private addPage(): PDFPage {
    const page = this.pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.onNewPage(page);
    return page;
  }

  /** Starts a new page unless `height` fits above the footer (or nothing would fit on any page). */
  ensure(height: number) {
    if (this.y - height >= this.bottom || this.y === TOP) return;
    this.page = this.addPage();
    this.y = TOP;
  }

  /** Vertical space, dropped at the top of a page. */
  gap(height: number) {
    if (this.y < TOP) this.y -= height;
  }

  private wrap(size: number, cells: readonly Cell[]): string[][] {
    return cells.map((cell) => wrap(cell.text, cell.font ?? this.fonts.regular, size, cell.width));
  }

  height(size: number, { cells, after }: Row): number {
    return Math.max(...this.wrap(size, cells).map((lines) => lines.length)) * size * LEADING + after;
  }

  rows(size: number, rows: readonly Row[]) {
    const leading = size * LEADING;
    for (const { cells, keep, after } of rows) {
      const wrapped = this.wrap(size, cells);
      const count = Math.max(...wrapped.map((lines) => lines.length));
      this.ensure(Math.min(keep, count) * leading);
      for (let index = 0; index < count; index++) {
        // The last line of a paragraph never starts a page alone.
        this.ensure((index === count - 2 ? 2 : 1) * leading);
        for (const [column, cell] of cells.entries()) {
          const lines = wrapped[column] ?? [];
          const line = lines[index];
          if (line === undefined) continue;
          const font = cell.font ?? this.fonts.regular;
          drawLine(this.page, line, cell, font, size, this.y - size, index === lines.length - 1);
        }
        this.y -= leading;
      }
      this.gap(after);
    }
  }

  /** Centred lines, e.g. a heading. */
  centred(text: string, size: number, font: PDFFont, after = 0) {
    this.rows(size, [{ cells: [{ text, x: LEFT, width: WIDTH, font, align: 'center' }], keep: 2, after }]);
  }
}

const paragraphs = (texts: readonly string[], x: number, align: Align): Row[] =>
  texts.map((text) => ({ cells: [{ text, x, width: LEFT + WIDTH - x, align }], keep: 2, after: 6 }));

/** The label column takes 35% of the table; values wrap in theirs. */
function factRows(facts: DocumentContent['facts'], x: number): Row[] {
  const label = (LEFT + WIDTH - x) * 0.35;
  return facts.map(([name, value]) => ({
    cells: [
      { text: name, x, width: label - 4 },
      { text: ':', x: x + label, width: COLON },
      { text: value, x: x + label + COLON, width: LEFT + WIDTH - x - label - COLON },
    ],
    keep: Number.POSITIVE_INFINITY,
    after: 1,
  }));
}

const numberedRows = (items: readonly string[], x: number): Row[] =>
  items.map((text, index) => ({
    cells: [
      { text: `${index + 1}.`, x, width: NUMBER },
      { text, x: x + NUMBER, width: LEFT + WIDTH - x - NUMBER, align: 'justify' },
    ],
    keep: Number.POSITIVE_INFINITY,
    after: 1,
  }));

/** A decree's "Mengingat :" frame: the label and colon ride on the first row of what follows. */
function labelled(label: string, rows: Row[]): Row[] {
  const [first, ...rest] = rows;
  if (!first) return [];
  const heading: Cell[] = [
    { text: label, x: LEFT, width: LABEL },
    { text: ':', x: LEFT + LABEL, width: COLON },
  ];
  return [{ ...first, cells: [...heading, ...first.cells] }, ...rest];
}

function drawLetterhead(layout: Layout, { lines, contact }: DocumentContent['letterhead']) {
  const { bold } = layout.fonts;
  // A line of the letterhead is never broken: a long agency name is set smaller instead.
  for (const [index, line] of lines.entries()) {
    const size = index === 0 ? 14 : 13;
    layout.centred(line, Math.min(size, (0.96 * size * WIDTH) / bold.widthOfTextAtSize(line, size)), bold);
  }
  if (contact) layout.centred(contact, 8.5, layout.fonts.regular);
  layout.gap(4);
  layout.page.drawLine({
    start: { x: LEFT, y: layout.y },
    end: { x: LEFT + WIDTH, y: layout.y },
    thickness: 2.2,
  });
  layout.page.drawLine({
    start: { x: LEFT, y: layout.y - 3.2 },
    end: { x: LEFT + WIDTH, y: layout.y - 3.2 },
    thickness: 0.7,
  });
  layout.gap(18);
}

function drawBody(layout: Layout, content: DocumentContent) {
  const { fonts } = layout;
  if (content.kind === 'DECREE') {
    const body = LEFT + LABEL + COLON;
    layout.rows(BODY, labelled('Mengingat', numberedRows(content.legalBasis, body)));
    layout.gap(8);
    layout.centred('MEMUTUSKAN:', BODY, fonts.bold, 8);
    layout.rows(BODY, labelled('Menetapkan', paragraphs(content.paragraphs, body, 'justify')));
    layout.rows(BODY, factRows(content.facts, body));
    return;
  }
  layout.rows(
    BODY,
    paragraphs(content.paragraphs, LEFT, content.kind === 'CERTIFICATE' ? 'center' : 'justify'),
  );
  layout.gap(4);
  layout.rows(BODY, factRows(content.facts, LEFT + 0.6 * CM));
  if (content.legalBasis.length === 0) return;
  layout.gap(10);
  layout.rows(SMALL, [
    { cells: [{ text: 'Dasar hukum:', x: LEFT, width: WIDTH, font: fonts.bold }], keep: 2, after: 0 },
  ]);
  layout.rows(SMALL, numberedRows(content.legalBasis, LEFT));
}

/** A stretch of the signature block: lines at one size, or blank space. */
type Part = { readonly size: number; readonly row: Row } | number;

function signatureParts({ kind, signature }: DocumentContent, fonts: Fonts): Part[] {
  const line = (text: string, style: Partial<Cell> = {}, size = BODY): Part => ({
    size,
    row: {
      cells: [{ text, x: SIGNATURE_X, width: SIGNATURE_WIDTH, ...style }],
      keep: Number.POSITIVE_INFINITY,
      after: 0,
    },
  });
  const dated =
    kind === 'DECREE'
      ? [line(`Ditetapkan di ${signature.place}`), line(`pada tanggal ${signature.date}`)]
      : [line(`${signature.place}, ${signature.date}`)];
  const position = signature.acting ? `${signature.acting} ${signature.position}` : signature.position;
  const signed =
    signature.mode === 'ELECTRONIC'
      ? [
          6,
          line('Ditandatangani secara elektronik', { x: SIGNATURE_X + STAMP_PADDING, boxed: true }, SMALL),
          6,
        ]
      : [2.5 * CM];
  return [
    ...dated,
    line(position, { font: fonts.bold }),
    ...signed,
    ...(signature.name ? [line(signature.name, { font: fonts.bold, underline: true })] : []),
    ...(signature.rank ? [line(signature.rank)] : []),
    ...(signature.nip ? [line(`NIP ${signature.nip}`)] : []),
  ];
}

/** The QR code of the verification page in the left half, its explanation beside it, centred on `middle`. */
function drawVerification(page: PDFPage, { url, lines }: VerificationMark, font: PDFFont, middle: number) {
  const x = LEFT + QR_SIZE + 0.3 * CM;
  const text = lines.flatMap((line) => wrap(line, font, FOOTER, SIGNATURE_X - 0.5 * CM - x));
  const leading = FOOTER * LEADING;
  drawQrCode(page, url, LEFT, middle + QR_SIZE / 2, QR_SIZE);
  let y = middle + (text.length * leading) / 2 - FOOTER;
  for (const line of text) {
    page.drawText(line, { x, y, size: FOOTER, font });
    y -= leading;
  }
}

/** Signature and verification share one band, kept on one page. */
function drawSignature(layout: Layout, content: DocumentContent) {
  const parts = signatureParts(content, layout.fonts);
  const height = parts.reduce<number>(
    (sum, part) => sum + (typeof part === 'number' ? part : layout.height(part.size, part.row)),
    0,
  );
  const band = Math.max(height, content.verification ? QR_SIZE : 0);
  layout.gap(0.8 * CM);
  layout.ensure(band);
  const { page, y: top } = layout;
  for (const part of parts) {
    if (typeof part === 'number') layout.gap(part);
    else layout.rows(part.size, [part.row]);
  }
  if (content.verification)
    drawVerification(page, content.verification, layout.fonts.regular, top - band / 2);
  layout.y = top - band;
}

/** Diagonal along the page, light and translucent, drawn first so the text lies on top of it. */
function drawWatermark(page: PDFPage, text: string, font: PDFFont) {
  const angle = Math.atan2(PAGE_HEIGHT, PAGE_WIDTH);
  const size = Math.min(130, (0.7 * Math.hypot(PAGE_WIDTH, PAGE_HEIGHT)) / font.widthOfTextAtSize(text, 1));
  const width = font.widthOfTextAtSize(text, size);
  const height = font.heightAtSize(size, { descender: false });
  page.drawText(text, {
    x: PAGE_WIDTH / 2 - (Math.cos(angle) * width - Math.sin(angle) * height) / 2,
    y: PAGE_HEIGHT / 2 - (Math.sin(angle) * width + Math.cos(angle) * height) / 2,
    size,
    font,
    color: rgb(0.55, 0.55, 0.55),
    opacity: 0.2,
    rotate: degrees((angle * 180) / Math.PI),
  });
}

/** The rule above the footer: its lines stack down to FOOTER_BASELINE. */
const footerRule = (lines: readonly string[]) =>
  FOOTER_BASELINE + Math.max(lines.length, 1) * FOOTER * LEADING;

/** The footer lines, with the page number on the first one. */
function drawFooter(page: PDFPage, lines: readonly string[], pageLabel: string, font: PDFFont) {
  const rule = footerRule(lines);
  const first = rule - FOOTER * LEADING;
  page.drawLine({
    start: { x: LEFT, y: rule },
    end: { x: LEFT + WIDTH, y: rule },
    thickness: 0.4,
    color: GREY,
  });
  for (const [index, line] of lines.entries()) {
    page.drawText(line, { x: LEFT, y: first - index * FOOTER * LEADING, size: FOOTER, font, color: GREY });
  }
  const width = font.widthOfTextAtSize(pageLabel, FOOTER);
  page.drawText(pageLabel, { x: LEFT + WIDTH - width, y: first, size: FOOTER, font, color: GREY });
}

/** Lays a document out on A4 in the style of Indonesian official documents (tata naskah dinas). */
export const pdfRenderer: DocumentRenderer = {
  async render(content: DocumentContent) {
    const { metadata } = content;
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const fonts = await embedFonts(pdf, metadata.documentId);
    const pageLabelWidth = fonts.regular.widthOfTextAtSize('Halaman 999 dari 999', FOOTER);
    const footer = content.footer.flatMap((line) =>
      wrap(line, fonts.regular, FOOTER, WIDTH - pageLabelWidth - 12),
    );
    const bottom = Math.max(MARGIN, footerRule(footer) + 12);
    const layout = new Layout(pdf, fonts, bottom, (page) => {
      if (content.watermark) drawWatermark(page, content.watermark, fonts.bold);
    });

    drawLetterhead(layout, content.letterhead);
    layout.centred(content.title, 12, fonts.bold);
    if (content.number) layout.centred(`Nomor: ${content.number}`, BODY, fonts.regular);
    if (content.subtitle) layout.centred(content.subtitle, BODY, fonts.regular);
    layout.gap(14);
    drawBody(layout, content);
    drawSignature(layout, content);

    const pages = pdf.getPages();
    for (const [index, page] of pages.entries()) {
      drawFooter(page, footer, `Halaman ${index + 1} dari ${pages.length}`, fonts.regular);
    }
    pdf.setTitle(content.title);
    pdf.setAuthor(metadata.author);
    pdf.setSubject(content.subtitle ?? content.title);
    pdf.setKeywords([metadata.documentId]);
    pdf.setLanguage('id-ID');
    pdf.setProducer('Layanan ASN Terpadu');
    pdf.setCreator('Layanan ASN Terpadu');
    pdf.setCreationDate(new Date(metadata.createdAt));
    pdf.setModificationDate(new Date(metadata.createdAt));
    return pdf.save();
  },
};
