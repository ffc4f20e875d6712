import { createHash, verify } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification, SAMPLE_PDF, uploadDocument } from '#kit/fixtures';
import { pageTexts, scanQrCode } from '#kit/pdf';
import { decide, type Published, signAndAnswerSurvey, validate, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

interface Verification {
  readonly documentId: string;
  readonly status: 'VALID' | 'REVOKED' | 'INVALID' | 'UNKNOWN';
  readonly statusLabel: string;
  readonly document?: {
    readonly number: string;
    readonly title: string;
    readonly signer: { readonly name: string; readonly position: string; readonly acting?: string };
    readonly sha256: string;
    readonly signature: {
      readonly mode: string;
      readonly value: string;
      readonly valid: boolean;
      readonly publicKey: string;
    };
    readonly revocation?: { readonly reason: string };
  };
}

const NUMBER = /^822\/\d{3}\/BKPSDM\/\d{4}$/;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const download = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** GET /verify/{id} without logging in, as anyone scanning the QR code. */
async function verifyById(documentId: string, accept = 'application/json') {
  const response = await fetch(`${stack.urls.api}/verify/${documentId}`, { headers: { accept } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

async function verification(documentId: string): Promise<Verification> {
  return JSON.parse((await verifyById(documentId)).text) as Verification;
}

/** POST /verify with a file, without logging in. */
async function verifyFile(bytes: Uint8Array, contentType = 'application/pdf') {
  const response = await fetch(`${stack.urls.api}/verify`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: bytes,
  });
  return {
    status: response.status,
    body: (await response.json()) as { match: boolean; verification?: Verification },
  };
}

/** A KGB request of `applicant`'s, verified and validated, waiting for the signer. */
async function awaitingSignature(applicant?: string): Promise<string> {
  const { id } = await requestAwaitingVerification(api, applicant);
  await validate(api, id);
  return id;
}

async function issuedOutput(id: string, applicant: string) {
  const output = await api.get<{ documentId: string; downloadUrl: string; sha256: string }>(
    `/requests/${id}/output`,
    { as: applicant },
  );
  expect(output.status).toBe(200);
  return { ...output.body, pdf: await download(output.body.downloadUrl) };
}

describe('issued documents: numbered, signed, verifiable by anyone', () => {
  it('electronic: the signed letter carries its number and a QR code that opens its verification, and its signature checks offline', async () => {
    const applicant = (await freshApplicant(api)).username;
    const id = await awaitingSignature(applicant);
    await signAndAnswerSurvey(api, id, applicant);
    const { documentId, pdf, sha256: digest } = await issuedOutput(id, applicant);
    expect(sha256(pdf)).toBe(digest);

    const checked = await verification(documentId);
    expect(checked).toMatchObject({
      status: 'VALID',
      statusLabel: 'Sah',
      document: {
        number: expect.stringMatching(NUMBER),
        title: 'Surat Pemberitahuan Kenaikan Gaji Berkala',
        signer: { name: 'Drs. Bambang Sutrisno, M.Si.' },
        sha256: digest,
        signature: { mode: 'ELECTRONIC', valid: true },
      },
    });
    const document = checked.document;
    if (!document) throw new Error('no document in the verification');
    // Anyone can check the signature with the published key: ECDSA P-256 over the file's digest.
    expect(
      verify(
        'sha256',
        Buffer.from(digest, 'hex'),
        document.signature.publicKey,
        Buffer.from(document.signature.value, 'base64'),
      ),
    ).toBe(true);
    // Nothing of the holder is shown.
    expect(JSON.stringify(checked)).not.toContain('198807222012122001');

    const [text] = await pageTexts(pdf);
    expect(text).toContain(`Nomor: ${document.number}`);
    expect(text).toContain('Ditandatangani secara elektronik');
    expect(text).not.toContain('DRAF');
    expect(await scanQrCode(pdf)).toBe(`${stack.urls.api}/verify/${documentId}`);

    const page = await verifyById(documentId, 'text/html,application/xhtml+xml');
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('Verifikasi Keaslian Dokumen');
    expect(page.text).toContain('Sah');
    expect(page.text).toContain(document.number);
  });

  it('says whether a file is byte for byte the issued one, and detects a modified copy', async () => {
    const applicant = (await freshApplicant(api)).username;
    const id = await awaitingSignature(applicant);
    await signAndAnswerSurvey(api, id, applicant);
    const { documentId, pdf } = await issuedOutput(id, applicant);
    const same = await verifyFile(pdf);
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ match: true, verification: { documentId, status: 'VALID' } });

    const modified = pdf.slice();
    const at = modified.length - 40;
    modified[at] = (modified[at] ?? 0) ^ 0x20;
    expect((await verifyFile(modified)).body).toMatchObject({ match: false });
    expect((await verifyFile(new Uint8Array([1, 2, 3]), 'text/plain')).status).toBe(415);
    const unknown = await verification('00000000-0000-4000-8000-000000000000');
    expect(unknown).toMatchObject({ status: 'UNKNOWN', statusLabel: 'Tidak dikenal' });
    expect(unknown.document).toBeUndefined();
  });

  it('revocation: an authorised signer revokes with a reason, once; verification then says so', async () => {
    const applicant = (await freshApplicant(api)).username;
    const id = await awaitingSignature(applicant);
    await signAndAnswerSurvey(api, id, applicant);
    const { documentId } = await issuedOutput(id, applicant);
    const byVerifier = await api.post(`/documents/${documentId}/revocation`, {
      as: 'verifikator',
      body: { reason: 'Salah data' },
    });
    expect(byVerifier.status).toBe(403);
    const revoked = await api.post(`/documents/${documentId}/revocation`, {
      as: 'penandatangan',
      body: { reason: 'Diterbitkan atas data masa kerja yang keliru' },
    });
    expect(revoked.status).toBe(200);
    expect(
      (
        await api.post<{ error: { code: string } }>(`/documents/${documentId}/revocation`, {
          as: 'penandatangan',
          body: { reason: 'Lagi' },
        })
      ).body.error.code,
    ).toBe('ALREADY_REVOKED');
    expect(await verification(documentId)).toMatchObject({
      status: 'REVOKED',
      statusLabel: 'Dicabut',
      document: { revocation: { reason: 'Diterbitkan atas data masa kerja yang keliru' } },
    });
    expect((await verifyById(documentId, 'text/html')).text).toContain('Alasan pencabutan');
    const history = await api.get<{ audit: Array<{ action: string; actor: { username: string } }> }>(
      `/requests/${id}/history`,
      { as: 'auditor' },
    );
    expect(history.body.audit.at(-1)).toMatchObject({
      action: 'DOCUMENT_REVOKED',
      actor: { username: 'penandatangan' },
    });
  });

  it('wet: the print-ready copy is numbered with the QR code of the document, and the signed scan verifies', async () => {
    const applicant = (await freshApplicant(api)).username;
    const created = await api.post<Published>('/requests', {
      as: applicant,
      body: { serviceType: 'SATYALANCANA', details: { awardClass: 'X', hasTakenUnpaidLeave: false } },
    });
    const { id } = created.body;
    const service = await api.get<{ requirements: Array<{ code: string; required: boolean }> }>(
      '/services/SATYALANCANA',
    );
    for (const requirement of service.body.requirements.filter((item) => item.required)) {
      await uploadDocument(api, applicant, id, requirement.code);
    }
    await api.post(`/requests/${id}/submit`, { as: applicant });
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE');
    await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE');
    await waitingAt(api, id, 'SIGNING');

    const draft = await api.get<{ downloadUrl: string }>(`/requests/${id}/draft`, { as: 'penandatangan' });
    const printReady = await download(draft.body.downloadUrl);
    const [text] = await pageTexts(printReady);
    expect(text).toMatch(/Nomor: 861\.1\/\d{3}\/BKPSDM\/\d{4}/);
    expect(text).not.toContain('DRAF');
    const qr = await scanQrCode(printReady);
    expect(qr).toMatch(new RegExp(`^${stack.urls.api}/verify/[0-9a-f-]{36}$`));
    // Before the signed scan is in, the code is reserved but nothing is issued under it.
    expect((await verification(qr?.split('/').at(-1) ?? '')).status).toBe('UNKNOWN');

    const scan = await api.post<{ uploadUrl: string }>(`/requests/${id}/signed-scan`, {
      as: 'verifikator',
      body: { fileName: 'piagam-ttd.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
    });
    await fetch(scan.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
    await decide(api, id, 'SIGNING', 'SIGN');
    const issued = await waitingAt(api, id, 'SURVEY');
    expect(issued.output?.documentId).toBe(qr?.split('/').at(-1));
    expect(await verification(issued.output?.documentId ?? '')).toMatchObject({
      status: 'VALID',
      document: { sha256: sha256(SAMPLE_PDF), signature: { mode: 'WET', valid: true } },
    });
    expect((await verifyFile(new Uint8Array(SAMPLE_PDF))).body).toMatchObject({ match: true });
  });

  it('rejection letters are numbered in their own series and signed by the official holding the service’s authority', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await decide(api, id, 'VERIFICATION', 'REJECT', { note: 'Masa kerja belum memenuhi' });
    const rejected = await eventually(
      async () => (await api.get<Published>(`/requests/${id}`, { as: applicant })).body,
      (request) => request.output?.kind === 'REJECTION_LETTER',
    );
    const checked = await verification(rejected.output?.documentId ?? '');
    expect(checked).toMatchObject({
      status: 'VALID',
      document: {
        number: expect.stringMatching(/^800\/\d{3}\/BKPSDM\/\d{4}$/),
        title: 'Surat Pemberitahuan Penolakan Permohonan',
        signer: {
          name: 'Drs. Bambang Sutrisno, M.Si.',
          nip: '197104231996031007',
          position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        },
        signature: { mode: 'ELECTRONIC', valid: true },
      },
    });
    const letter = await api.get<{ downloadUrl: string }>(`/archive/${rejected.output?.documentId}`, {
      as: applicant,
    });
    const [text] = await pageTexts(await download(letter.body.downloadUrl));
    expect(text).toContain('Drs. Bambang Sutrisno, M.Si.');
    expect(text).toContain('NIP 197104231996031007');
    expect(text).not.toContain('BKPSDM KOTA DEMO');
  });

  it('acting officials: a Plt. signs in the principal’s place; the block prints Plt. and the audit says so', async () => {
    const applicant = (await freshApplicant(api)).username;
    const authority = `/signing-authorities/KGB/penandatangan`;
    const principal = {
      name: 'Drs. Bambang Sutrisno, M.Si.',
      nip: '197104231996031007',
      position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      basis:
        'Keputusan Wali Kota Demo Nomor 800/12/419.32/2026 tentang Pendelegasian Wewenang Penandatanganan',
      validFrom: '2026-01-01',
    };
    const acting = await api.call('PUT', authority, {
      as: 'admin.bkpsdm',
      body: { ...principal, acting: 'PLT', basis: 'Surat Perintah Wali Kota Demo Nomor 800/45/419.32/2026' },
    });
    expect(acting.status).toBe(200);
    try {
      const id = await awaitingSignature(applicant);
      await signAndAnswerSurvey(api, id, applicant);
      const { documentId, pdf } = await issuedOutput(id, applicant);
      const [text] = await pageTexts(pdf);
      expect(text).toContain('Plt. KEPALA BADAN KEPEGAWAIAN');
      expect(await verification(documentId)).toMatchObject({ document: { signer: { acting: 'PLT' } } });
      const history = await api.get<{ audit: Array<{ action: string; stage?: string; note?: string }> }>(
        `/requests/${id}/history`,
        { as: 'auditor' },
      );
      const signed = history.body.audit.find(
        (event) => event.stage === 'SIGNING' && event.action === 'DECIDED',
      );
      expect(signed?.note).toContain('Plt.');
      expect(signed?.note).toContain('800/45/419.32/2026');
    } finally {
      await api.call('PUT', authority, { as: 'admin.bkpsdm', body: principal });
    }
  });

  it('bulk signing: one act over reviewed drafts; a draft that changed since is left out; each document is signed once', async () => {
    const [first, second] = [await awaitingSignature(), await awaitingSignature()];
    const digest = async (id: string) =>
      (await api.get<{ sha256: string }>(`/requests/${id}/draft`, { as: 'penandatangan' })).body.sha256;
    const batch = await api.post<{
      id: string;
      sha256: string;
      items: Array<{ requestId: string; result: string; reason?: string }>;
    }>('/signing-batches', {
      as: 'penandatangan',
      body: {
        items: [
          { requestId: first, sha256: await digest(first) },
          { requestId: second, sha256: 'f'.repeat(64) },
        ],
      },
    });
    expect(batch.status).toBe(201);
    expect(batch.body.items).toEqual([
      { requestId: first, sha256: expect.any(String), result: 'SIGNED' },
      {
        requestId: second,
        sha256: 'f'.repeat(64),
        result: 'SKIPPED',
        reason: expect.stringContaining('berubah'),
      },
    ]);
    const issued = await waitingAt(api, first, 'SURVEY');
    expect((await waitingAt(api, second, 'SIGNING')).status).toBe('AWAITING_SIGNATURE');
    expect((await verification(issued.output?.documentId ?? '')).status).toBe('VALID');
    const kept = await eventually(
      async () =>
        (
          await api.get<{ manifestSignature?: { status: string; sha256: string } }>(
            `/signing-batches/${batch.body.id}`,
            { as: 'auditor' },
          )
        ).body,
      (body) => body.manifestSignature !== undefined,
    );
    expect(kept.manifestSignature).toMatchObject({ status: 'SIGNED', sha256: batch.body.sha256 });
    const none = await api.post<{ error: { code: string } }>('/signing-batches', {
      as: 'penandatangan',
      body: { items: [{ requestId: first, sha256: await digest(first) }] },
    });
    expect(none.body.error.code).toBe('NOTHING_TO_SIGN');
  });
});

describe('uploads are checked by content', () => {
  it('refuses a requirement document that is not a PDF, JPEG or PNG, whatever it is called', async () => {
    const applicant = (await freshApplicant(api)).username;
    const created = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: (await import('#kit/fixtures')).KGB_DETAILS },
    });
    const id = created.body.id;
    const text = Buffer.from('bukan PDF, hanya teks biasa');
    const registered = await api.post<{ uploadUrl: string }>(`/requests/${id}/documents`, {
      as: applicant,
      body: {
        requirementCode: 'SK_KGB_TERAKHIR',
        fileName: 'sk.pdf',
        contentType: 'application/pdf',
        size: text.length,
      },
    });
    await fetch(registered.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: text,
    });
    await uploadDocument(api, applicant, id, 'SK_PANGKAT_TERAKHIR');
    await uploadDocument(api, applicant, id, 'PENILAIAN_KINERJA');
    const submitted = await api.post<{ error: { code: string; message: string } }>(`/requests/${id}/submit`, {
      as: applicant,
    });
    expect(submitted.status).toBe(400);
    expect(submitted.body.error).toMatchObject({
      code: 'NOT_A_DOCUMENT',
      message: expect.stringContaining('sk.pdf'),
    });
  });

  it('keeps an employee’s own personnel documents in the archive once checked, for later requests', async () => {
    const applicant = (await freshApplicant(api)).username;
    const added = await api.post<{ documentId: string; uploadUrl: string; status: string }>('/archive', {
      as: applicant,
      body: {
        title: 'SK Kenaikan Pangkat Penata (III/c)',
        requirementCode: 'SK_PANGKAT_TERAKHIR',
        fileName: 'sk-pangkat.pdf',
        contentType: 'application/pdf',
        size: SAMPLE_PDF.length,
      },
    });
    expect(added.status).toBe(201);
    expect(added.body.status).toBe('AWAITING_UPLOAD');
    expect(
      (
        await api.post<{ error: { code: string } }>(`/archive/${added.body.documentId}/confirmation`, {
          as: applicant,
        })
      ).body.error.code,
    ).toBe('NOT_UPLOADED');
    await fetch(added.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
    const stored = await api.post<{ status: string; sha256: string }>(
      `/archive/${added.body.documentId}/confirmation`,
      {
        as: applicant,
      },
    );
    expect(stored.body).toMatchObject({ status: 'STORED', sha256: sha256(SAMPLE_PDF) });
    expect(
      (await api.post(`/archive/${added.body.documentId}/confirmation`, { as: 'asn.demo' })).status,
    ).toBe(404);
    // Stored, not issued: it is not a document the agency vouches for.
    expect((await verification(added.body.documentId)).status).toBe('UNKNOWN');

    const created = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: (await import('#kit/fixtures')).KGB_DETAILS },
    });
    const taken = await api.post<{ status: string }>(`/requests/${created.body.id}/documents`, {
      as: applicant,
      body: { requirementCode: 'SK_PANGKAT_TERAKHIR', archiveDocumentId: added.body.documentId },
    });
    expect(taken.body.status).toBe('UPLOADED');
  });
});
