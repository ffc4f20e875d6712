import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES } from '#documents/adapters/pdf-fonts';
import { pdfRenderer } from '#documents/adapters/pdf-renderer';
import type { DocumentContent } from '#documents/domain/documents';
import { pageTexts, scanQrCode } from '#kit/pdf';

const letterhead = {
  lines: ['PEMERINTAH KOTA DEMO', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'],
  contact: 'Jalan Merdeka Nomor 1, Kota Demo 64100 · Telepon (0354) 000000',
};

const decree: DocumentContent = {
  kind: 'DECREE',
  letterhead,
  title: 'KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA DEMO',
  number: '800/017/BKPSDM/2026',
  subtitle: 'TENTANG PEMBERIAN IZIN BELAJAR',
  paragraphs: [
    'Memberikan izin belajar kepada pegawai berikut untuk program studi “Magister Keperawatan” – S2.',
  ],
  facts: [
    ['Nama', 'Gédé Ökonom Wijaya, S.Kep.'],
    ['NIP', '198807222012121001'],
  ],
  legalBasis: ['Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara'],
  signature: {
    mode: 'ELECTRONIC',
    place: 'Kota Demo',
    date: '23 November 2026',
    position: 'KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    name: 'Dr. Hendra Wijaya, S.Sos., M.Si.',
    nip: '197503121998031004',
    rank: 'Pembina Utama Muda (IV/c)',
  },
  verification: {
    url: 'http://localhost:3000/verify/9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59',
    lines: ['Pindai untuk memeriksa', 'keaslian dokumen'],
  },
  footer: ['Dokumen ini ditandatangani secara elektronik; cetakannya merupakan salinan.'],
  metadata: {
    documentId: '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59',
    author: 'BKPSDM Kota Demo',
    createdAt: '2026-11-23T03:00:00.000Z',
  },
};

const letter: DocumentContent = {
  kind: 'LETTER',
  letterhead,
  title: 'SURAT PEMBERITAHUAN KENAIKAN GAJI BERKALA',
  number: '822.4/018/BKPSDM/2026',
  paragraphs: [
    'Kepada pegawai berikut diberikan kenaikan gaji berkala hingga memperoleh gaji pokok yang baru.',
  ],
  facts: [
    ['Nama', 'Ni Luh Ayu Pratiwi'],
    ['Gaji pokok baru', 'Rp3.564.300'],
  ],
  legalBasis: ['Peraturan Pemerintah Nomor 7 Tahun 1977 tentang Peraturan Gaji Pegawai Negeri Sipil'],
  signature: {
    mode: 'WET',
    place: 'Kota Demo',
    date: '24 November 2026',
    acting: 'Plt.',
    position: 'KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    name: 'Ir. Bambang Sutrisno, M.T.',
    nip: '196911041995031002',
  },
  footer: ['Keaslian dokumen ini dapat dibuktikan dengan memindai kode QR pada dokumen ini.'],
  metadata: {
    documentId: 'c0ffee00-0000-4000-8000-000000000002',
    author: 'BKPSDM Kota Demo',
    createdAt: '2026-11-24T02:00:00.000Z',
  },
};

/** A draft long enough for a second page. */
const longDraft: DocumentContent = {
  ...letter,
  paragraphs: Array.from(
    { length: 14 },
    (_, index) =>
      `Paragraf ${index + 1}: pegawai tersebut telah memenuhi masa kerja dan syarat lainnya, sehingga ` +
      'kepadanya dapat dibayarkan penghasilan berdasarkan gaji pokok yang baru sesuai ketentuan.',
  ),
  watermark: 'DRAF',
};

/** Opens a PDF with pdf.js, as a reader would, for the length of `use`. */
/**
 * Each font of a PDF: its name, the font program it embeds, and its map from glyphs to Unicode.
 * Throws for a font that embeds no program, such as one of the standard 14.
 */
async function embeddedFonts(pdf: Uint8Array) {
  const { context } = await PDFDocument.load(pdf);
  const stream = (dict: PDFDict, key: string) => {
    const object = dict.lookup(PDFName.of(key));
    if (!(object instanceof PDFRawStream)) throw new Error(`No ${key} in ${dict}`);
    return decodePDFRawStream(object).decode();
  };
  const isFont = (object: unknown): object is PDFDict =>
    object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font');
  return (
    context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(isFont)
      // A CIDFontType2 is read through the Type0 font it descends from.
      .filter((font) => font.get(PDFName.of('Subtype')) !== PDFName.of('CIDFontType2'))
      .map((font) => {
        const name = font.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
        const descendant =
          font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) ?? font;
        return {
          name,
          baseFont: name.replace(/^[A-Z]{6}\+/, ''),
          program: stream(descendant.lookup(PDFName.of('FontDescriptor'), PDFDict), 'FontFile2'),
          toUnicode: new TextDecoder().decode(stream(font, 'ToUnicode')),
        };
      })
  );
}

let rendered: { decree: Uint8Array; letter: Uint8Array; longDraft: Uint8Array };
let texts: { decree: string[]; letter: string[]; longDraft: string[] };

beforeAll(async () => {
  rendered = {
    decree: await pdfRenderer.render(decree),
    letter: await pdfRenderer.render(letter),
    longDraft: await pdfRenderer.render(longDraft),
  };
  texts = {
    decree: await pageTexts(rendered.decree),
    letter: await pageTexts(rendered.letter),
    longDraft: await pageTexts(rendered.longDraft),
  };
});

describe('the PDF renderer', () => {
  it('lays a decree out in the Mengingat / MEMUTUSKAN / Menetapkan frame, with Unicode text intact', () => {
    const [text = ''] = texts.decree;
    expect(texts.decree).toHaveLength(1);
    for (const expected of [
      'PEMERINTAH KOTA DEMO',
      'Kota Demo 64100 · Telepon (0354) 000000',
      'Nomor: 800/017/BKPSDM/2026',
      'TENTANG PEMBERIAN IZIN BELAJAR',
      '“Magister Keperawatan” – S2.',
      'Gédé Ökonom Wijaya, S.Kep.',
      'Ditetapkan di Kota Demo pada tanggal 23 November 2026',
      'Ditandatangani secara elektronik',
      'Dr. Hendra Wijaya, S.Sos., M.Si. Pembina Utama Muda (IV/c) NIP 197503121998031004',
      'Pindai untuk memeriksa keaslian dokumen',
      'Halaman 1 dari 1',
    ]) {
      expect(text).toContain(expected);
    }
    const order = ['Mengingat', 'MEMUTUSKAN:', 'Menetapkan', 'Ditetapkan di'].map((label) =>
      text.indexOf(label),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prints "Plt." before an acting official’s position, and no e-signature statement on a wet one', () => {
    const [text = ''] = texts.letter;
    expect(text).toContain('Kota Demo, 24 November 2026 Plt. KEPALA BADAN');
    expect(text).toContain('Ir. Bambang Sutrisno, M.T. NIP 196911041995031002');
    expect(text).toContain('Dasar hukum: 1. Peraturan Pemerintah Nomor 7 Tahun 1977');
    expect(text).not.toContain('Ditandatangani secara elektronik');
    expect(text).not.toContain('Mengingat');
  });

  it('numbers every page, keeps the signature together, and watermarks every page of a draft only', () => {
    const pages = texts.longDraft;
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(`Halaman ${index + 1} dari ${pages.length}`);
      expect(page).toContain('DRAF');
      expect(page).toContain('Keaslian dokumen ini dapat dibuktikan');
    }
    const signed = pages.filter((page) => page.includes('Plt. KEPALA BADAN'));
    expect(signed).toHaveLength(1);
    expect(signed[0]).toContain('NIP 196911041995031002');
    expect([...texts.decree, ...texts.letter].some((page) => page.includes('DRAF'))).toBe(false);
  });

  it('embeds every font it uses, as tagged subsets of Arimo', async () => {
    for (const pdf of Object.values(rendered)) {
      const fonts = await embeddedFonts(pdf);
      expect(fonts.map((font) => font.baseFont).sort()).toEqual(['Arimo-Bold', 'Arimo-Regular']);
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+Arimo-(Regular|Bold)$/);
        expect(font.program.length).toBeGreaterThan(1000);
      }
    }
  });

  it('draws every character with Arimo’s own glyph (the subsets are not garbled)', async () => {
    let compared = 0;
    for (const { baseFont, program, toUnicode } of await embeddedFonts(rendered.decree)) {
      const face = baseFont.replace('Arimo-', '').toLowerCase() as keyof typeof FONT_FILES;
      const file = createRequire(import.meta.url).resolve(`@expo-google-fonts/arimo/${FONT_FILES[face]}`);
      const original = fontkit.create(readFileSync(file));
      const subset = fontkit.create(program);
      for (const [, cid, unicode] of toUnicode.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) {
        const text = String.fromCharCode(
          ...(unicode?.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)),
        );
        const [glyph] = original.glyphsForString(text);
        expect(subset.getGlyph(Number.parseInt(cid ?? '', 16)).path.toSVG(), text).toBe(glyph?.path.toSVG());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('draws a QR code that scans to the verification address', async () => {
    expect(await scanQrCode(rendered.decree, 2)).toBe(decree.verification?.url);
    expect(await scanQrCode(rendered.letter, 2)).toBeUndefined();
  });

  it('renders the same content to the same bytes, with document information from its metadata', async () => {
    const again = await pdfRenderer.render(decree);
    expect(Buffer.from(again).equals(Buffer.from(rendered.decree))).toBe(true);
    const info = await PDFDocument.load(rendered.decree, { updateMetadata: false });
    expect(info.getTitle()).toBe(decree.title);
    expect(info.getAuthor()).toBe('BKPSDM Kota Demo');
    expect(info.getKeywords()).toBe(decree.metadata.documentId);
    expect(info.getProducer()).toBe('Layanan ASN Terpadu');
    expect(info.getCreationDate()?.toISOString()).toBe(decree.metadata.createdAt);
    expect(info.getModificationDate()?.toISOString()).toBe(decree.metadata.createdAt);
  });
});
