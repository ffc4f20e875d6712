import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { KGB_DETAILS, requestAwaitingVerification, SAMPLE_PDF, uploadDocument } from '#kit/fixtures';
import { issueAndAnswerSurvey, waitingFor } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

interface Archived {
  readonly documentId: string;
  readonly requirementCode?: string;
  readonly title: string;
  readonly sha256: string;
  readonly requestId: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const download = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

describe('the digital archive (Arsip Digital)', () => {
  it('receives the issued letter, and a later request takes it as a requirement instead of an upload (Pasal 8b)', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await issueAndAnswerSurvey(api, id, applicant);

    const archive = await api.get<{ items: Archived[] }>('/archive', { as: applicant });
    expect(archive.status).toBe(200);
    const letter = archive.body.items.find((item) => item.requestId === id);
    expect(letter).toMatchObject({
      requirementCode: 'SK_KGB_TERAKHIR',
      title: 'Surat Pemberitahuan Kenaikan Gaji Berkala',
    });
    if (!letter) throw new Error('the issued letter is not in the archive');
    const own = await api.get<{ downloadUrl: string; sha256: string }>(`/archive/${letter.documentId}`, {
      as: applicant,
    });
    expect(sha256(await download(own.body.downloadUrl))).toBe(letter.sha256);
    // Staff read an employee's archive by NIP; another ASN learns nothing of it.
    const nip = (await api.get<{ applicant: { nip: string } }>(`/requests/${id}`, { as: applicant })).body
      .applicant.nip;
    const byStaff = await api.get<{ items: Archived[] }>(`/archive?nip=${nip}`, { as: 'verifikator' });
    expect(byStaff.body.items.map((item) => item.documentId)).toContain(letter.documentId);
    expect((await api.get(`/archive?nip=${nip}`, { as: 'asn.demo' })).status).toBe(404);
    expect((await api.get(`/archive/${letter.documentId}`, { as: 'asn.demo' })).status).toBe(404);

    // The next KGB request waits until this one is handed over (one open KGB request at a time).
    const early = await api.post<{ error: { code: string; message: string } }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'OPEN_REQUEST_EXISTS',
      message: expect.stringContaining(id),
    });
    expect((await api.get(`/requests/${id}/output`, { as: applicant })).status).toBe(200);
    await waitingFor(api, id, (request) => request.status === 'COMPLETED');
    const next = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    expect(next.status).toBe(201);
    const taken = await api.post<{ documentId: string; status: string; uploadUrl?: string }>(
      `/requests/${next.body.id}/documents`,
      {
        as: applicant,
        body: { requirementCode: 'SK_KGB_TERAKHIR', archiveDocumentId: letter.documentId },
      },
    );
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ status: 'UPLOADED' });
    expect(taken.body.uploadUrl).toBeUndefined();

    const wrong = await api.post<{ error: { code: string; field: string } }>(
      `/requests/${next.body.id}/documents`,
      {
        as: applicant,
        body: { requirementCode: 'SURAT_PENGANTAR', archiveDocumentId: letter.documentId },
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'NOT_FROM_ARCHIVE', field: 'requirementCode' });

    await uploadDocument(api, applicant, next.body.id, 'SK_PANGKAT_TERAKHIR');
    await uploadDocument(api, applicant, next.body.id, 'PENILAIAN_KINERJA');
    expect((await api.post(`/requests/${next.body.id}/submit`, { as: applicant })).status).toBe(200);

    // The verifier opens the archived letter like any uploaded document.
    const documents = (
      await api.get<{
        documents: Array<{ id: string; requirementCode: string; archiveDocumentId?: string }>;
      }>(`/requests/${next.body.id}`, { as: 'verifikator' })
    ).body.documents;
    const reused = documents.find((item) => item.requirementCode === 'SK_KGB_TERAKHIR');
    expect(reused?.archiveDocumentId).toBe(letter.documentId);
    const opened = await api.get<{ downloadUrl: string; sha256: string }>(
      `/requests/${next.body.id}/documents/${reused?.id}`,
      { as: 'verifikator' },
    );
    expect(opened.status).toBe(200);
    expect(sha256(await download(opened.body.downloadUrl))).toBe(letter.sha256);
    const uploaded = documents.find((item) => item.requirementCode === 'PENILAIAN_KINERJA');
    const plain = await api.get<{ downloadUrl: string }>(
      `/requests/${next.body.id}/documents/${uploaded?.id}`,
      {
        as: 'verifikator',
      },
    );
    expect(sha256(await download(plain.body.downloadUrl))).toBe(sha256(SAMPLE_PDF));
  });
});
