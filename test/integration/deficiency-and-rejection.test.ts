import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { completeDraft, requestAwaitingVerification, uploadDocument } from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { advanceClockPast, decide, type Published, publishedEvents, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

type ErrorBody = { error: { code: string; field?: string } };

/** A request found deficient through the per-document marks, waiting for the applicant. */
async function deficientRequest(applicant: string) {
  const { id } = await requestAwaitingVerification(api, applicant);
  const request = await waitingAt(api, id, 'VERIFICATION');
  const documents = (await api.get<Published>(`/requests/${id}`, { as: 'verifikator' })).body.documents ?? [];
  const kgb = documents.find((document) => document.requirementCode === 'SK_KGB_TERAKHIR');
  const other = documents.find((document) => document.requirementCode === 'SK_PANGKAT_TERAKHIR');
  const mark = (documentId: string | undefined, body: object) =>
    api.post(`/requests/${id}/documents/${documentId}/verification`, { as: 'verifikator', body });
  expect((await mark(kgb?.id, { status: 'INVALID' })).status).toBe(400);
  expect((await mark(kgb?.id, { status: 'INVALID', reason: 'Pindaian tidak terbaca' })).status).toBe(200);
  expect((await mark(other?.id, { status: 'INVALID', reason: 'Salah unggah' })).status).toBe(200);
  expect(
    (await api.call('DELETE', `/requests/${id}/documents/${other?.id}/verification`, { as: 'verifikator' }))
      .status,
  ).toBe(200);
  const accepted = await api.post<ErrorBody>(`/requests/${id}/decisions`, {
    as: 'verifikator',
    body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
  });
  expect(accepted.body.error.code).toBe('INVALID_DOCUMENTS_MARKED');
  const deficient = await decide(api, id, 'VERIFICATION', 'DEFICIENT');
  expect(deficient.body).toMatchObject({
    status: 'DEFICIENT',
    statusLabel: 'Perlu Perbaikan',
    deficiency: { items: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Pindaian tidak terbaca' }] },
  });
  expect(request.task?.stage).toBe('VERIFICATION');
  return id;
}

describe('deficient documents', () => {
  it('are completed by the applicant and go back to verification', async () => {
    const applicant = (await freshApplicant(api)).username;
    const id = await deficientRequest(applicant);
    await waitingAt(api, id, 'COMPLETION');
    const early = await api.post<ErrorBody>(`/requests/${id}/resubmit`, { as: applicant });
    expect(early.body.error.code).toBe('DEFICIENCIES_OPEN');
    await uploadDocument(api, applicant, id, 'SK_KGB_TERAKHIR');
    const resubmitted = await api.post<Published>(`/requests/${id}/resubmit`, { as: applicant });
    expect(resubmitted.body.status).toBe('AWAITING_VERIFICATION');
    await waitingAt(api, id, 'VERIFICATION');
    expect((await decide(api, id, 'VERIFICATION', 'ACCEPT')).body.status).toBe(
      'AWAITING_SUPERVISOR_VALIDATION',
    );
    expect(await publishedEvents(stack.urls, id, 4)).toEqual([
      'RequestSubmitted',
      'RequestDeficient',
      'RequestResubmitted',
      'RequestVerified',
    ]);
    const deficiencyMail = (await sentMail(stack.urls.ses, `${applicant}@kotademo.go.id`)).find(
      (mail) => mail.subject.includes('perlu perbaikan') && mail.body.text?.includes(id),
    );
    expect(deficiencyMail?.body.text).toContain('SK_KGB_TERAKHIR: Pindaian tidak terbaca');
  });

  it('get one longer window when the verifier grants it, which moves the deadline', async () => {
    const applicant = (await freshApplicant(api)).username;
    const id = await deficientRequest(applicant);
    const before = await waitingAt(api, id, 'COMPLETION');
    const asked = await api.post<Published>(`/requests/${id}/extension`, {
      as: applicant,
      body: { reason: 'Menunggu legalisir', days: 3 },
    });
    expect(asked.status).toBe(200);
    const again = await api.post<ErrorBody>(`/requests/${id}/extension`, {
      as: applicant,
      body: { reason: 'Lagi', days: 3 },
    });
    expect(again.body.error.code).toBe('EXTENSION_ALREADY_REQUESTED');
    const granted = await api.post<Published>(`/requests/${id}/extension/decision`, {
      as: 'verifikator',
      body: { grant: true, days: 2 },
    });
    expect(granted.status).toBe(200);
    const after = await waitingAt(api, id, 'COMPLETION');
    expect(
      after.deficiency?.dueAt && before.deficiency?.dueAt && after.deficiency.dueAt > before.deficiency.dueAt,
    ).toBe(true);
    expect(after.task?.dueAt).toBe(after.deficiency?.dueAt);
    expect(
      await eventually(
        () => publishedEvents(stack.urls, id),
        (names) => names.includes('DeficiencyWindowDecided'),
      ),
    ).toContain('DeficiencyWindowDecided');
  });

  it('are rejected automatically when the window passes, with the official rejection letter (Pasal 9(2))', async () => {
    const applicant = (await freshApplicant(api)).username;
    const id = await deficientRequest(applicant);
    const waiting = await waitingAt(api, id, 'COMPLETION');
    await advanceClockPast(stack.urls, waiting.deficiency?.dueAt ?? '');
    const rejected = await eventually(
      async () => (await api.get<Published>(`/requests/${id}`, { as: applicant })).body,
      (request) => request.status === 'REJECTED' && request.output?.kind === 'REJECTION_LETTER',
    );
    expect(rejected).toMatchObject({ statusLabel: 'Tidak Memenuhi Syarat', rejection: { automatic: true } });
    const letter = await api.get<{ kind: string; downloadUrl: string }>(`/requests/${id}/output`, {
      as: applicant,
    });
    expect(letter.status).toBe(200);
    expect(letter.body.kind).toBe('REJECTION_LETTER');
    expect(
      Buffer.from(await (await fetch(letter.body.downloadUrl)).arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await publishedEvents(stack.urls, id, 3)).toEqual([
      'RequestSubmitted',
      'RequestDeficient',
      'RequestRejected',
    ]);
  });
});

describe('rejection and return', () => {
  it('a verifier rejects with a reason; the applicant gets the letter and the mail', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    const noReason = await decide(api, id, 'VERIFICATION', 'REJECT');
    expect(noReason.status).toBe(400);
    expect((noReason.body as unknown as ErrorBody).error.field).toBe('note');
    const rejected = await decide(api, id, 'VERIFICATION', 'REJECT', {
      note: 'Masa kerja belum memenuhi dua tahun',
    });
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      rejection: { reason: 'Masa kerja belum memenuhi dua tahun', automatic: false },
    });
    const letter = await (async () => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const response = await api.get<{ kind: string }>(`/requests/${id}/output`, { as: applicant });
        if (response.status === 200) return response;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('no letter');
    })();
    expect(letter.body.kind).toBe('REJECTION_LETTER');
  });

  it('a validation tier returns the request to verification with a note, and it can go on from there', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    const returned = await decide(api, id, 'SUPERVISOR_VALIDATION', 'RETURN', {
      note: 'Periksa kembali SK pangkat',
    });
    expect(returned.body.status).toBe('AWAITING_VERIFICATION');
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    expect((await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE')).body.status).toBe(
      'AWAITING_ADMINISTRATOR_VALIDATION',
    );
    expect(await publishedEvents(stack.urls, id, 4)).toEqual([
      'RequestSubmitted',
      'RequestVerified',
      'RequestReturned',
      'RequestVerified',
    ]);
  });
});

describe('a rejection letter while nobody holds the signing authority (Pasal 9(1)d, 11)', () => {
  interface Authority {
    readonly serviceType: string;
    readonly username: string;
    readonly [field: string]: unknown;
  }
  interface History {
    readonly audit: ReadonlyArray<{ readonly action: string; readonly note?: string }>;
    readonly execution?: {
      readonly events: ReadonlyArray<{ readonly type: string; readonly error?: string }>;
    };
  }
  const TAPERUM = {
    claimType: 'PEMUTAKHIRAN_DATA',
    bankName: 'Bank SulutGo',
    bankAccountNumber: '1234567890',
    accountHolderName: 'Peserta Taperum',
  };

  it('waits, numbered by nobody and never in the agency’s name, and is issued once an authority is recorded', async () => {
    // TAPERUM: the one service no other test rejects or signs, so its authorities can be taken away here.
    const held = await api.get<{ items: Authority[] }>('/signing-authorities?serviceType=TAPERUM', {
      as: 'admin.bkpsdm',
    });
    expect(held.body.items.length).toBeGreaterThan(0);
    const path = (authority: Authority) => `/signing-authorities/TAPERUM/${authority.username}`;
    const restore = async () => {
      for (const { serviceType: _service, ...authority } of held.body.items) {
        const { username: _username, ...body } = authority;
        const put = await api.call('PUT', path({ serviceType: 'TAPERUM', ...authority }), {
          as: 'admin.bkpsdm',
          body,
        });
        expect(put.status).toBe(200);
      }
    };
    for (const authority of held.body.items) {
      expect((await api.call('DELETE', path(authority), { as: 'admin.bkpsdm' })).status).toBe(204);
    }
    try {
      const applicant = (await freshApplicant(api)).username;
      const { id } = await completeDraft(api, applicant, 'TAPERUM', TAPERUM);
      expect((await api.post(`/requests/${id}/submit`, { as: applicant })).status).toBe(200);
      const rejected = await decide(api, id, 'VERIFICATION', 'REJECT', { note: 'Bukan peserta Taperum' });
      expect(rejected.body).toMatchObject({ status: 'REJECTED' });

      const waiting = await eventually(
        async () => (await api.get<History>(`/requests/${id}/history`, { as: 'auditor' })).body.audit,
        (audit) => audit.some((event) => event.action === 'REJECTION_LETTER_AWAITS_AUTHORITY'),
      );
      expect(waiting.find((event) => event.action === 'REJECTION_LETTER_AWAITS_AUTHORITY')?.note).toContain(
        'Belum ada pejabat yang berwenang menandatangani',
      );
      // Retried meanwhile (twice a second on the local engine, hourly at most in AWS), and told once.
      await eventually(
        async () => (await api.get<History>(`/requests/${id}/history`, { as: 'auditor' })).body,
        (history) =>
          (history.execution?.events ?? []).filter((event) => event.error === 'NoSigningAuthorityError')
            .length >= 3,
      );
      const still = await api.get<History>(`/requests/${id}/history`, { as: 'auditor' });
      expect(
        still.body.audit.filter((event) => event.action === 'REJECTION_LETTER_AWAITS_AUTHORITY'),
      ).toHaveLength(1);
      expect((await api.get(`/requests/${id}/output`, { as: applicant })).status).toBe(404);
      const request = await api.get<Published & { issuance?: unknown }>(`/requests/${id}`, { as: applicant });
      expect(request.body).toMatchObject({ status: 'REJECTED', processing: true });
      expect(request.body.issuance).toBeUndefined();

      await restore();
      const letter = await eventually(
        () => api.get<{ kind: string }>(`/requests/${id}/output`, { as: applicant }),
        (response) => response.status === 200,
      );
      expect(letter.body.kind).toBe('REJECTION_LETTER');
    } finally {
      await restore();
    }
  });
});
