import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import { requestAwaitingVerification, SAMPLE_PDF, uploadDocument } from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { decide, issueAndAnswerSurvey, type Published, publishedEvents, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const execution = executions(stack);

describe('a request goes all the way on the local stack', () => {
  it('answers the health check and publishes all fifteen services', async () => {
    expect(await api.get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const services = await api.get<{
      items: Array<{ code: string; detailsSchema: object; detailsExample: object }>;
    }>('/services');
    expect(services.body.items).toHaveLength(15);
    const cuti = await api.get<{ requirements: unknown[]; sla: { verification: number } }>('/services/CUTI');
    expect(cuti.status).toBe(200);
    expect(cuti.body.sla.verification).toBe(1);
  });

  it('electronic signature: verification, two validation tiers, signing, survey gate, download, completed', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    expect((await decide(api, id, 'VERIFICATION', 'ACCEPT')).body.status).toBe(
      'AWAITING_SUPERVISOR_VALIDATION',
    );
    expect((await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE')).body.status).toBe(
      'AWAITING_ADMINISTRATOR_VALIDATION',
    );
    expect((await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE')).body.status).toBe(
      'AWAITING_SIGNATURE',
    );

    await waitingAt(api, id, 'SIGNING');
    const draft = await api.get<{ downloadUrl: string }>(`/requests/${id}/draft`, { as: 'penandatangan' });
    expect(draft.status).toBe(200);
    expect((await (await fetch(draft.body.downloadUrl)).arrayBuffer()).byteLength).toBeGreaterThan(500);

    const signed = await decide(api, id, 'SIGNING', 'SIGN');
    expect(signed.body).toMatchObject({
      status: 'AWAITING_SURVEY',
      signature: { signedBy: 'penandatangan' },
    });

    const issued = await waitingAt(api, id, 'SURVEY');
    expect(issued.output).toMatchObject({ kind: 'ISSUED', sha256: expect.stringMatching(/^[a-f0-9]{64}$/) });
    const locked = await api.get<{ error: { code: string; message: string } }>(`/requests/${id}/output`, {
      as: applicant,
    });
    expect(locked.status).toBe(403);
    expect(locked.body.error).toMatchObject({
      code: 'SURVEY_REQUIRED',
      message: expect.stringContaining('survei'),
    });

    const answered = await api.post<Published>(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores: [4, 4, 3, 4, 4, 4, 4, 3, 4], comment: 'Cepat' },
    });
    expect(answered.body.status).toBe('READY_FOR_HANDOVER');
    await waitingAt(api, id, 'HANDOVER');

    const output = await api.get<{ downloadUrl: string; sha256: string }>(`/requests/${id}/output`, {
      as: applicant,
    });
    expect(output.status).toBe(200);
    const pdf = Buffer.from(await (await fetch(output.body.downloadUrl)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await import('node:crypto')).createHash('sha256').update(pdf).digest('hex')).toBe(
      output.body.sha256,
    );

    const done = await eventually(
      () => execution.status(id),
      (status) => status === 'SUCCEEDED',
    );
    expect(done).toBe('SUCCEEDED');
    expect((await api.get<Published>(`/requests/${id}`, { as: applicant })).body).toMatchObject({
      status: 'COMPLETED',
      handover: { mode: 'ELECTRONIC' },
    });
    expect(await publishedEvents(stack.urls, id, 6)).toEqual([
      'RequestSubmitted',
      'RequestVerified',
      'RequestValidated',
      'DocumentIssued',
      'SurveyAnswered',
      'RequestCompleted',
    ]);
    const subjects = (await sentMail(stack.urls.ses, `${applicant}@kotademo.go.id`)).map(
      (mail) => mail.subject,
    );
    for (const phrase of [
      'telah diterima',
      'dinyatakan lengkap',
      'telah divalidasi',
      'telah terbit',
      'selesai',
    ]) {
      expect(
        subjects.some((subject) => subject.includes(phrase)),
        phrase,
      ).toBe(true);
    }
  });

  it('wet signature: the print-ready draft, the signed scan, physical handover recorded by staff', async () => {
    const applicant = (await freshApplicant(api)).username;
    const created = await api.post<Published>('/requests', {
      as: applicant,
      body: { serviceType: 'SATYALANCANA', details: { awardClass: 'X', hasTakenUnpaidLeave: false } },
    });
    expect(created.status).toBe(201);
    const { id } = created.body;
    const service = await api.get<{ requirements: Array<{ code: string; required: boolean }> }>(
      '/services/SATYALANCANA',
    );
    for (const requirement of service.body.requirements.filter((item) => item.required)) {
      await uploadDocument(api, applicant, id, requirement.code);
    }
    expect((await api.post(`/requests/${id}/submit`, { as: applicant })).status).toBe(200);
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE');
    await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE');
    await waitingAt(api, id, 'SIGNING');

    expect((await api.get(`/requests/${id}/draft`, { as: 'penandatangan' })).status).toBe(200);
    const early = await api.post<{ error: { code: string } }>(`/requests/${id}/decisions`, {
      as: 'penandatangan',
      body: { stage: 'SIGNING', outcome: 'SIGN' },
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('SIGNED_SCAN_MISSING');

    const scan = await api.post<{ uploadUrl: string }>(`/requests/${id}/signed-scan`, {
      as: 'verifikator',
      body: { fileName: 'piagam-ttd.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
    });
    expect(scan.status).toBe(201);
    await fetch(scan.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
    expect((await decide(api, id, 'SIGNING', 'SIGN')).body.status).toBe('AWAITING_SURVEY');

    const issued = await waitingAt(api, id, 'SURVEY');
    const expected = (await import('node:crypto')).createHash('sha256').update(SAMPLE_PDF).digest('hex');
    expect(issued.output?.sha256).toBe(expected);
    await api.post(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] },
    });
    await waitingAt(api, id, 'HANDOVER');
    const download = await api.get<{ error: { code: string } }>(`/requests/${id}/output`, { as: applicant });
    expect(download.body.error.code).toBe('PHYSICAL_HANDOVER');
    const tasks = await api.get<{ items: Array<{ stage: string; request: { id: string } }> }>(
      '/tasks?stage=HANDOVER',
      { as: 'verifikator' },
    );
    expect(tasks.body.items.some((item) => item.request.id === id)).toBe(true);
    const handed = await api.post<Published>(`/requests/${id}/handover`, {
      as: 'verifikator',
      body: { recipientName: 'Budi Santoso' },
    });
    expect(handed.body).toMatchObject({ status: 'COMPLETED', handover: { mode: 'PHYSICAL' } });
  });

  it('shows the finished request’s history: each stage with actor and time, matching the execution history', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await issueAndAnswerSurvey(api, id, applicant);
    await api.get(`/requests/${id}/output`, { as: applicant });
    await eventually(
      () => execution.status(id),
      (status) => status === 'SUCCEEDED',
    );

    const history = await api.get<{
      audit: Array<{ action: string; stage?: string; actor: { username: string; role: string }; at: string }>;
      execution: { status: string; events: Array<{ type: string; state?: string; timestamp: string }> };
    }>(`/requests/${id}/history`, { as: 'auditor' });
    expect(history.status).toBe(200);
    const decisions = history.body.audit
      .filter((event) => event.action === 'DECIDED')
      .map((event) => [event.stage, event.actor.username]);
    expect(decisions).toEqual([
      ['VERIFICATION', 'verifikator'],
      ['SUPERVISOR_VALIDATION', 'pengawas'],
      ['ADMINISTRATOR_VALIDATION', 'administrator'],
      ['SIGNING', 'penandatangan'],
    ]);
    expect(history.body.audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(['CREATED', 'SUBMITTED', 'DOCUMENT_ISSUED', 'SURVEY_ANSWERED', 'HANDED_OVER']),
    );

    const enteredDirect = await execution.statesEntered(id);
    const enteredApi = history.body.execution.events
      .filter((event) => event.type.endsWith('StateEntered'))
      .map((event) => event.state);
    expect(enteredApi).toEqual(enteredDirect);
    expect(history.body.execution.status).toBe('SUCCEEDED');
    // Each official stage appears in the execution history in the order the audit trail records its decision.
    const awaited = enteredDirect.filter((name) => name?.startsWith('Await'));
    expect(awaited).toEqual([
      'AwaitAdministrativeVerification',
      'AwaitSupervisorValidation',
      'AwaitAdministratorValidation',
      'AwaitSignature',
      'AwaitSurveyAnswer',
      'AwaitHandover',
    ]);
    const own = await api.get(`/requests/${id}/history`, { as: applicant });
    expect(own.status).toBe(200);
    expect((await api.get(`/requests/${id}/history`, { as: 'asn.demo' })).status).toBe(404);
  });
});
