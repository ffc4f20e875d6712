import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { KGB_DETAILS, SAMPLE_PDF, type UploadedFile, uploadDocument } from '#kit/fixtures';
import {
  HTML_AS_PNG,
  PDF_HTML_POLYGLOT,
  pdfWith,
  pdfWithHiddenJavaScript,
  realPdf,
  realPng,
  withTrailer,
} from '#kit/hostile-files';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

/** A KGB draft of a new applicant (one open KGB request per employee). */
async function draft(): Promise<{ id: string; applicant: string }> {
  const applicant = (await freshApplicant(api)).username;
  const created = await api.post<{ id: string }>('/requests', {
    as: applicant,
    body: { serviceType: 'KGB', details: KGB_DETAILS },
  });
  return { id: created.body.id, applicant };
}

/** A KGB draft whose last-raise decree is `file` and whose other requirements are the sample PDF. */
async function draftWith(file: UploadedFile): Promise<{ id: string; documentId: string; applicant: string }> {
  const { id, applicant } = await draft();
  const { documentId } = await uploadDocument(api, applicant, id, 'SK_KGB_TERAKHIR', file);
  await uploadDocument(api, applicant, id, 'SK_PANGKAT_TERAKHIR');
  await uploadDocument(api, applicant, id, 'PENILAIAN_KINERJA');
  return { id, documentId, applicant };
}

async function complaintWith(file: UploadedFile, size = file.bytes.length) {
  const filed = await api.post<{ id: string; uploadUrl: string }>('/complaints', {
    as: 'asn.demo',
    body: {
      category: 'SISTEM',
      text: 'Halaman unggah menampilkan galat pada peramban saya.',
      attachment: { fileName: file.fileName, contentType: file.contentType, size },
    },
  });
  const put = await fetch(filed.body.uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': file.putType ?? file.contentType },
    body: file.bytes,
  });
  expect(put.status).toBe(200);
  return filed.body.id;
}

describe('uploaded files', () => {
  it('refuses file names with Unicode format characters (bidi overrides, zero-width)', async () => {
    const { id, applicant } = await draft();
    for (const fileName of ['sk\u202Efdp.exe', 'sk\u200B.pdf', '\u2066sk.pdf']) {
      const registered = await api.post<ErrorBody>(`/requests/${id}/documents`, {
        as: applicant,
        body: { requirementCode: 'SK_KGB_TERAKHIR', fileName, contentType: 'application/pdf', size: 10 },
      });
      expect(registered.status).toBe(400);
      expect(registered.body.error.field).toBe('fileName');
    }
    const complaint = await api.post<ErrorBody>('/complaints', {
      as: 'asn.demo',
      body: {
        category: 'SISTEM',
        text: 'Lampiran dengan nama yang menipu.',
        attachment: { fileName: 'bukti\u202Egnp.exe', contentType: 'image/png', size: 10 },
      },
    });
    expect(complaint.status).toBe(400);
    expect(complaint.body.error.field).toBe('attachment.fileName');
  });

  it.each([
    [
      'a PDF whose JavaScript hides in a compressed object stream',
      pdfWithHiddenJavaScript(),
      'ACTIVE_CONTENT',
    ],
    ['a PDF that launches a program', pdfWith('/OpenAction<</S/Launch/F(cmd.exe)>>'), 'ACTIVE_CONTENT'],
    ['a PDF with an embedded file', pdfWith('/Names<</EmbeddedFiles 3 0 R>>'), 'ACTIVE_CONTENT'],
    ['a PDF/HTML polyglot', PDF_HTML_POLYGLOT, 'ACTIVE_CONTENT'],
    ['an HTML page with PNG magic bytes', HTML_AS_PNG, 'ACTIVE_CONTENT'],
    ['a PNG with a ZIP appended', withTrailer(realPng()), 'NOT_A_DOCUMENT'],
  ])('refuses at submission %s, and the draft stays a draft', async (_what, bytes, code) => {
    const contentType = bytes[0] === 0x89 ? 'image/png' : 'application/pdf';
    const { id, applicant } = await draftWith({ bytes, fileName: 'sk-kgb.pdf', contentType });
    const submitted = await api.post<ErrorBody>(`/requests/${id}/submit`, { as: applicant });
    expect(submitted.status).toBe(400);
    expect(submitted.body.error).toMatchObject({ code, field: 'documents' });
    expect(submitted.body.error.message).toContain('sk-kgb.pdf');
    const request = await api.get<{ status: string }>(`/requests/${id}`, { as: applicant });
    expect(request.body.status).toBe('DRAFT');
  });

  it('serves a requirement document as an attachment of its checked type, whatever type the upload claimed', async () => {
    const bytes = await realPdf();
    const { id, documentId, applicant } = await draftWith({
      bytes,
      fileName: 'surat.html',
      contentType: 'application/pdf',
      putType: 'text/html',
    });
    const read = await api.get<{ downloadUrl: string }>(`/requests/${id}/documents/${documentId}`, {
      as: applicant,
    });
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    const download = await fetch(read.body.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="surat.pdf"');
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('checks a complaint attachment for its stored size and its content, as request uploads are', async () => {
    const grown = await complaintWith(
      {
        bytes: Buffer.concat([SAMPLE_PDF, Buffer.from('tambahan')]),
        fileName: 'bukti.pdf',
        contentType: 'application/pdf',
      },
      SAMPLE_PDF.length,
    );
    const mismatch = await api.get<ErrorBody>(`/complaints/${grown}/attachment`, { as: 'admin.bkpsdm' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error).toMatchObject({ code: 'UPLOAD_MISMATCH', field: 'attachment' });

    const active = await complaintWith({
      bytes: pdfWith('/OpenAction<</S/JavaScript/JS(app.alert(1))>>'),
      fileName: 'bukti.pdf',
      contentType: 'application/pdf',
    });
    const refused = await api.get<ErrorBody>(`/complaints/${active}/attachment`, { as: 'admin.bkpsdm' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('ACTIVE_CONTENT');

    const png = realPng();
    const good = await complaintWith({
      bytes: png,
      fileName: 'layar.png',
      contentType: 'image/png',
      putType: 'text/html',
    });
    const served = await api.get<{ downloadUrl: string; contentType: string }>(
      `/complaints/${good}/attachment`,
      {
        as: 'admin.bkpsdm',
      },
    );
    expect(served.body.contentType).toBe('image/png');
    const download = await fetch(served.body.downloadUrl);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="layar.png"');
  });
});
