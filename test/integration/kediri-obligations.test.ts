import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import {
  completeDraft,
  KGB_DETAILS,
  requestAwaitingVerification,
  SAMPLE_PDF,
  uploadDocument,
} from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { advanceClock, decide, type Published, validate, waitingAt, waitingFor } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const execution = executions(stack);

type ErrorBody = { error: { code: string; message: string; field?: string } };
interface ArchiveListing {
  readonly items: Array<{ documentId: string }>;
  readonly withheld?: Array<{ documentId: string; code: string; message: string }>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const download = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** Moves the local clock to `instant` plus `offsetMs` (it only moves forward). */
async function clockTo(instant: string, offsetMs = 0): Promise<string> {
  const now = await advanceClock(stack.urls, 0);
  const seconds = Math.max(0, (Date.parse(instant) + offsetMs - Date.parse(now)) / 1000);
  const response = await fetch(`${stack.urls.api}/local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  return ((await response.json()) as { now: string }).now;
}

/** A token for an account an admin made, signed in with its second factor (officials need one). */
async function tokenWithTotp(username: string): Promise<string> {
  const response = await fetch(`${stack.urls.api}/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, mfa: true }),
  });
  return ((await response.json()) as { token: string }).token;
}

describe('handover conditions (Kediri Pasal 12–13): an issued document reaches its holder only once they hold', () => {
  it('withholds the letter from every route of the applicant’s side until the survey is answered; staff read it', async () => {
    const { username: applicant, nip } = await freshApplicant(api);
    const { id } = await requestAwaitingVerification(api, applicant);
    await validate(api, id);
    await decide(api, id, 'SIGNING', 'SIGN');
    const issued = await waitingAt(api, id, 'SURVEY');
    const documentId = issued.output?.documentId ?? '';

    const listed = await api.get<ArchiveListing>('/archive', { as: applicant });
    expect(listed.body.items.map((item) => item.documentId)).not.toContain(documentId);
    expect(listed.body.withheld).toEqual([
      expect.objectContaining({
        documentId,
        code: 'SURVEY_REQUIRED',
        message: expect.stringContaining('survei'),
      }),
    ]);
    for (const path of [`/archive/${documentId}`, `/requests/${id}/output`]) {
      const refused = await api.get<ErrorBody>(path, { as: applicant });
      expect([path, refused.status, refused.body.error.code]).toEqual([path, 403, 'SURVEY_REQUIRED']);
    }
    // Staff and public verification are unaffected.
    const byStaff = await api.get<ArchiveListing>(`/archive?nip=${nip}`, { as: 'verifikator' });
    expect(byStaff.body.items.map((item) => item.documentId)).toContain(documentId);
    expect((await api.get(`/archive/${documentId}`, { as: 'auditor' })).status).toBe(200);
    expect((await api.get(`/requests/${id}/output`, { as: 'verifikator' })).status).toBe(200);
    expect((await api.get(`/verify/${documentId}`)).status).toBe(200);

    await api.post(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
    });
    await waitingAt(api, id, 'HANDOVER');
    const after = await api.get<ArchiveListing>('/archive', { as: applicant });
    expect(after.body.items.map((item) => item.documentId)).toContain(documentId);
    expect(after.body.withheld).toBeUndefined();
    expect((await api.get(`/archive/${documentId}`, { as: applicant })).status).toBe(200);
  });

  it('leaves the survey and the handover download to the applicant, not the unit admin who filed for them', async () => {
    const employee = await freshApplicant(api, 'DISKOMINFO');
    const draft = await completeDraft(api, 'admin.unit', 'KGB', KGB_DETAILS, { applicantNip: employee.nip });
    expect((await api.post(`/requests/${draft.id}/submit`, { as: 'admin.unit' })).status).toBe(200);
    await validate(api, draft.id);
    await decide(api, draft.id, 'SIGNING', 'SIGN');
    await waitingAt(api, draft.id, 'SURVEY');
    const scores = { scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] };
    const byFiler = await api.post<ErrorBody>(`/requests/${draft.id}/survey`, {
      as: 'admin.unit',
      body: scores,
    });
    expect(byFiler.status).toBe(403);
    expect(
      (await api.post(`/requests/${draft.id}/survey`, { as: employee.username, body: scores })).status,
    ).toBe(200);
    await waitingAt(api, draft.id, 'HANDOVER');
    const early = await api.get<ErrorBody>(`/requests/${draft.id}/output`, { as: 'admin.unit' });
    expect([early.status, early.body.error.code]).toEqual([403, 'APPLICANT_ONLY']);
    expect(
      (await waitingFor(api, draft.id, (request) => request.status === 'READY_FOR_HANDOVER')).status,
    ).toBe('READY_FOR_HANDOVER');
    expect((await api.get(`/requests/${draft.id}/output`, { as: employee.username })).status).toBe(200);
    await waitingFor(api, draft.id, (request) => request.status === 'COMPLETED');
    expect((await api.get(`/requests/${draft.id}/output`, { as: 'admin.unit' })).status).toBe(200);
  });

  it('keeps a physical-handover document out of the archive until staff record the handover', async () => {
    const { username: applicant } = await freshApplicant(api);
    const draft = await completeDraft(api, applicant, 'SATYALANCANA', {
      awardClass: 'X',
      hasTakenUnpaidLeave: false,
    });
    await api.post(`/requests/${draft.id}/submit`, { as: applicant });
    await validate(api, draft.id);
    const scan = await api.post<{ uploadUrl: string }>(`/requests/${draft.id}/signed-scan`, {
      as: 'verifikator',
      body: { fileName: 'piagam.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
    });
    await fetch(scan.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
    await decide(api, draft.id, 'SIGNING', 'SIGN');
    const issued = await waitingAt(api, draft.id, 'SURVEY');
    const documentId = issued.output?.documentId ?? '';
    await api.post(`/requests/${draft.id}/survey`, {
      as: applicant,
      body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
    });
    await waitingAt(api, draft.id, 'HANDOVER');
    for (const path of [`/archive/${documentId}`, `/requests/${draft.id}/output`]) {
      const refused = await api.get<ErrorBody>(path, { as: applicant });
      expect([path, refused.status, refused.body.error.code]).toEqual([path, 409, 'PHYSICAL_HANDOVER']);
    }
    expect((await api.get<ArchiveListing>('/archive', { as: applicant })).body.withheld?.[0]?.code).toBe(
      'PHYSICAL_HANDOVER',
    );
    await api.post(`/requests/${draft.id}/handover`, {
      as: 'verifikator',
      body: { recipientName: 'Pegawai Uji' },
    });
    await waitingFor(api, draft.id, (request) => request.status === 'COMPLETED');
    expect((await api.get(`/archive/${documentId}`, { as: applicant })).status).toBe(200);
  });
});

describe('what the verifier sees is what was submitted', () => {
  it('freezes an upload at confirmation: a second PUT to its URL after submission changes nothing served', async () => {
    const { username: applicant } = await freshApplicant(api);
    const created = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    const id = created.body.id;
    const first = await uploadDocument(api, applicant, id, 'SK_KGB_TERAKHIR');
    await uploadDocument(api, applicant, id, 'SK_PANGKAT_TERAKHIR');
    await uploadDocument(api, applicant, id, 'PENILAIAN_KINERJA');
    expect((await api.post(`/requests/${id}/submit`, { as: applicant })).status).toBe(200);
    await waitingAt(api, id, 'VERIFICATION');
    // The same size (the URL is bound to it), other bytes: a swap after the verifier's copy was taken.
    const other = Buffer.from(SAMPLE_PDF);
    other.write('9', other.indexOf('1 0 obj'));
    expect(other.equals(SAMPLE_PDF)).toBe(false);
    const swapped = await fetch(first.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: other,
    });
    expect(swapped.status).toBe(200);
    const served = await api.get<{ downloadUrl: string; sha256: string }>(
      `/requests/${id}/documents/${first.documentId}`,
      { as: 'verifikator' },
    );
    const bytes = await download(served.body.downloadUrl);
    expect(Buffer.from(bytes)).toEqual(SAMPLE_PDF);
    expect(served.body.sha256).toBe(sha256(SAMPLE_PDF));
  });
});

describe('deficiency deadline held without the timer (Kediri Pasal 9(2))', () => {
  it('takes acts up to the deadline’s last moment, and from the deadline on refuses them and rejects the request', async () => {
    const { username: applicant } = await freshApplicant(api);
    const { id } = await requestAwaitingVerification(api, applicant);
    await decide(api, id, 'VERIFICATION', 'DEFICIENT', {
      deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Pindaian tidak terbaca' }],
    });
    const deficient = await waitingAt(api, id, 'COMPLETION');
    const dueAt = deficient.deficiency?.dueAt ?? '';

    await clockTo(dueAt, -60_000);
    const asked = await api.post(`/requests/${id}/extension`, {
      as: applicant,
      body: { reason: 'Arsip SK sedang dicari', days: 1 },
    });
    expect(asked.status).toBe(200);

    await clockTo(dueAt, 1000);
    const late = await api.post<ErrorBody>(`/requests/${id}/resubmit`, { as: applicant });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'DEFICIENCY_EXPIRED',
      message: expect.stringContaining('Pasal 9'),
    });
    const upload = await api.post<ErrorBody>(`/requests/${id}/documents`, {
      as: applicant,
      body: {
        requirementCode: 'SK_KGB_TERAKHIR',
        fileName: 'sk.pdf',
        contentType: 'application/pdf',
        size: 100,
      },
    });
    expect([upload.status, upload.body.error.code]).toEqual([409, 'DEFICIENCY_EXPIRED']);
    const rejected = await waitingFor(
      api,
      id,
      (request) => request.output?.kind === 'REJECTION_LETTER',
      20_000,
    );
    expect(rejected).toMatchObject({ status: 'REJECTED', rejection: { automatic: true } });
    expect(
      await eventually(
        () => execution.status(id),
        (status) => status !== 'RUNNING',
      ),
    ).toBe('SUCCEEDED');
  });
});

describe('force majeure recorded ahead (Kediri Pasal 18)', () => {
  it('is corrected or withdrawn before it begins, refuses an overlap, and holds no deadline before it begins', async () => {
    const { username: applicant } = await freshApplicant(api);
    const { id } = await requestAwaitingVerification(api, applicant);
    const open = await waitingAt(api, id, 'VERIFICATION');
    const dueAt = open.task?.dueAt ?? '';
    const from = new Date(Date.parse(dueAt) + 2 * 86_400_000).toISOString();
    const declared = await api.post<{ id: string; from: string }>('/force-majeure', {
      as: 'admin.bkpsdm',
      body: { from, decree: 'Keputusan Wali Kota Demo Nomor 360/20/2026 tentang Siaga Banjir' },
    });
    expect(declared.status).toBe(201);
    try {
      const later = new Date(Date.parse(from) + 86_400_000).toISOString();
      const corrected = await api.call<{ from: string; correctedBy: string }>(
        'PATCH',
        `/force-majeure/${declared.body.id}`,
        {
          as: 'admin.bkpsdm',
          body: { from: later },
        },
      );
      expect(corrected.body).toMatchObject({ from: later, correctedBy: 'admin.bkpsdm' });
      const overlapping = await api.post<ErrorBody>('/force-majeure', {
        as: 'admin.bkpsdm',
        body: {
          from: new Date(Date.parse(later) + 86_400_000).toISOString(),
          decree: 'Keputusan lain 360/21',
        },
      });
      expect([overlapping.status, overlapping.body.error.code]).toEqual([409, 'OVERLAPPING_PERIOD']);
      // Services stay on line, and a deadline due before the period begins is escalated as usual.
      expect((await api.get<{ active?: object }>('/force-majeure')).body.active).toBeUndefined();
      await clockTo(dueAt, 1000);
      const overdue = await waitingFor(
        api,
        id,
        (request) => request.task?.overdue === true && request.task.decidable,
      );
      expect(overdue.status).toBe('AWAITING_VERIFICATION');
      const refusedPast = await api.call<ErrorBody>('PATCH', `/force-majeure/${declared.body.id}`, {
        as: 'admin.bkpsdm',
        body: { from: new Date(Date.parse(dueAt) - 86_400_000).toISOString() },
      });
      expect([refusedPast.status, refusedPast.body.error.code]).toEqual([400, 'START_IN_PAST']);
    } finally {
      expect(
        (await api.call('DELETE', `/force-majeure/${declared.body.id}`, { as: 'admin.bkpsdm' })).status,
      ).toBe(204);
    }
    expect(
      (await api.get<{ periods: Array<{ id: string }> }>('/force-majeure')).body.periods.map((p) => p.id),
    ).not.toContain(declared.body.id);
  });
});

describe('tiered validation (Kediri Pasal 10)', () => {
  it('never lets one person approve two tiers of a request, whatever roles their account holds', async () => {
    const official = await freshApplicant(api);
    const username = `rangkap.${official.nip.slice(-6)}`;
    const created = await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: official.nip, roles: ['SUPERVISOR', 'ADMINISTRATOR'], division: 'MUTASI' },
    });
    expect(created.status).toBe(201);
    const token = await tokenWithTotp(username);
    const asBoth = (id: string, stage: string) =>
      fetch(`${stack.urls.api}/requests/${id}/decisions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ stage, outcome: 'APPROVE' }),
      });
    const { id } = await requestAwaitingVerification(api);
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    expect((await asBoth(id, 'SUPERVISOR_VALIDATION')).status).toBe(200);
    await waitingAt(api, id, 'ADMINISTRATOR_VALIDATION');
    const second = await asBoth(id, 'ADMINISTRATOR_VALIDATION');
    expect(second.status).toBe(403);
    expect(((await second.json()) as ErrorBody).error.code).toBe('SECOND_TIER_REFUSED');
    expect((await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE')).status).toBe(200);
  });

  it('mails an overdue tier to the officials of the responsible division only, and its superior', async () => {
    const outsider = await freshApplicant(api);
    const username = `pengawas.lain.${outsider.nip.slice(-4)}`;
    const email = `${username}@bkpsdm.kotademo.go.id`;
    const created = await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: outsider.nip, roles: ['SUPERVISOR'], division: 'PENGEMBANGAN', email },
    });
    expect(created.status).toBe(201);
    const { id } = await requestAwaitingVerification(api);
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    const open = await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    await clockTo(open.task?.dueAt ?? '', 1000);
    const mails = await eventually(
      () => sentMail(stack.urls.ses, 'kabid.mutasi@bkpsdm.kotademo.go.id'),
      (found) => found.some((mail) => mail.body.text?.includes(id) ?? false),
      20_000,
    );
    const escalation = mails.find((mail) => mail.body.text?.includes(id));
    expect(escalation?.destination.to).toContain('hendra.wijaya@kotademo.go.id');
    expect(escalation?.destination.to).not.toContain(email);
    expect((await api.get<Published>(`/requests/${id}`, { as: 'pengawas' })).body.task?.overdue).toBe(true);
  });
});
