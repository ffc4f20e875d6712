import { describe, expect, it } from 'vitest';
import { attachmentDisposition, requireDocument } from '#files/domain/uploads';
import { ValidationError } from '#kernel/domain/errors';
import { SAMPLE_PDF } from '#kit/fixtures';
import {
  HTML_AS_PNG,
  PDF_HTML_POLYGLOT,
  pdfWith,
  pdfWithHiddenJavaScript,
  realJpeg,
  realPdf,
  realPng,
  withTrailer,
} from '#kit/hostile-files';

function refusal(body: Uint8Array): { code: string; message: string } | undefined {
  try {
    requireDocument(body, 'berkas.pdf', 'documents');
    return undefined;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('requireDocument', () => {
  it('takes plain PDFs, PNGs and JPEGs as the type their content shows', async () => {
    expect(requireDocument(SAMPLE_PDF, 'a.pdf', 'f')).toBe('application/pdf');
    expect(requireDocument(await realPdf(), 'a.pdf', 'f')).toBe('application/pdf');
    expect(requireDocument(realPng(), 'a.png', 'f')).toBe('image/png');
    expect(requireDocument(realJpeg(), 'a.jpg', 'f')).toBe('image/jpeg');
  });

  it('takes a PDF that opens at a page (an /OpenAction destination), which office suites write', () => {
    expect(requireDocument(pdfWith('/OpenAction[2 0 R/FitH null]'), 'a.pdf', 'f')).toBe('application/pdf');
  });

  it.each([
    ['JavaScript', pdfWith('/Names<</JavaScript 3 0 R>>')],
    ['JavaScript with an escaped name', pdfWith('/Names<</J#61vaScript 3 0 R>>')],
    ['an /OpenAction that is an action', pdfWith('/OpenAction<</S/JavaScript/JS(app.alert(1))>>')],
    ['a /Launch action', pdfWith('/OpenAction 3 0 R', '3 0 obj<</S/Launch/F(cmd.exe)>>endobj\n')],
    ['embedded files', pdfWith('/Names<</EmbeddedFiles 3 0 R>>')],
    ['additional actions', pdfWith('/AA<</O 3 0 R>>')],
    ['JavaScript hidden in a compressed object stream', pdfWithHiddenJavaScript()],
    ['HTML after the header (a PDF/HTML polyglot)', PDF_HTML_POLYGLOT],
  ])('refuses a PDF with %s as ACTIVE_CONTENT', (_what, body) => {
    expect(refusal(body)).toMatchObject({
      code: 'ACTIVE_CONTENT',
      message: expect.stringContaining('berkas.pdf'),
    });
  });

  it('refuses an encrypted PDF, whose object streams cannot be read', () => {
    const encrypted = Buffer.from(
      pdfWith('').toString('latin1').replace('trailer<<', 'trailer<</Encrypt 9 0 R'),
    );
    expect(refusal(encrypted)?.code).toBe('NOT_A_DOCUMENT');
  });

  it.each([
    ['an HTML page behind PNG magic bytes', HTML_AS_PNG],
    ['a PNG with a ZIP appended', withTrailer(realPng())],
    ['a JPEG with a ZIP appended', withTrailer(realJpeg())],
    ['JPEG magic bytes and nothing of a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41, 0x42])],
  ])('refuses %s: an image that is not (only) an image', (_what, body) => {
    expect(refusal(body)?.code).toMatch(/^(NOT_A_DOCUMENT|ACTIVE_CONTENT)$/);
  });

  it('takes a JPEG followed by another JPEG, as phones write Multi-Picture files', () => {
    const jpeg = realJpeg();
    expect(requireDocument(Buffer.concat([jpeg, jpeg]), 'a.jpg', 'f')).toBe('image/jpeg');
  });
});

describe('attachmentDisposition', () => {
  it('names a download in plain ASCII with the extension of the type its content showed', () => {
    expect(attachmentDisposition('laporan<script>.html', 'application/pdf')).toBe(
      'attachment; filename="laporan_script_.pdf"',
    );
    expect(attachmentDisposition('kinerja 2026.csv')).toBe('attachment; filename="kinerja_2026.csv"');
  });
});
