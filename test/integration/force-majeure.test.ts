import { afterAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import { KGB_DETAILS, requestAwaitingVerification, SAMPLE_PDF } from '#kit/fixtures';
import { advanceClock, advanceClockPast, type Published, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const { statesEntered } = executions(stack);
/** Siti, served on paper during the period and entered afterwards. */
const APPLICANT_NIP = '198807222012122001';
const SITI = 'asn.lain';
const DECREE = 'Keputusan Wali Kota Demo Nomor 360/17/419.32/2026 tentang Status Keadaan Darurat Banjir';

interface Period {
  readonly id: string;
  readonly from: string;
  readonly to?: string;
  readonly decree: string;
  readonly extension?: { readonly workingDays: number; readonly requests: number };
}

const statusOf = async () => (await api.get<{ active?: Period; periods: Period[] }>('/force-majeure')).body;

describe('force majeure (Kediri Pasal 18)', () => {
  let running: Period | undefined;
  afterAll(async () => {
    // Never leave the shared stack refusing requests, whatever failed above.
    if (running) await api.post(`/force-majeure/${running.id}/end`, { as: 'admin.bkpsdm', body: {} });
  });

  it('stops on-line services while it runs, holds their timers, then extends the deadlines it caught; services handled on paper are entered afterwards', async () => {
    const applicant = (await freshApplicant(api)).username;
    const caught = await requestAwaitingVerification(api, applicant);
    const before = await waitingAt(api, caught.id, 'VERIFICATION');
    const dueAt = before.task?.dueAt ?? '';

    const from = await advanceClock(stack.urls, 0);
    expect((await api.post('/force-majeure', { as: applicant, body: { from, decree: DECREE } })).status).toBe(
      403,
    );
    const declared = await api.post<Period>('/force-majeure', {
      as: 'admin.bkpsdm',
      body: { from, decree: DECREE },
    });
    expect(declared.status).toBe(201);
    running = declared.body;
    expect((await statusOf()).active?.id).toBe(running.id);

    // The API says services run manually: no new request, no submission.
    const refused = await api.post<{ error: { code: string; message: string } }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('SERVICES_MANUAL');
    expect(refused.body.error.message).toContain('secara manual');
    expect(refused.body.error.message).toContain('360/17/419.32/2026');

    // No entry of paper services while the period runs: its end is not known yet.
    const early = await api.post<{ error: { code: string } }>('/manual-services', {
      as: 'admin.bkpsdm',
      body: manualEntry(running.id, from, from),
    });
    expect(early.body.error.code).toBe('FORCE_MAJEURE_RUNNING');

    // The deadline passes during the period: the timer looks, and waits on instead of escalating.
    await advanceClockPast(stack.urls, dueAt);
    await eventually(
      () => statesEntered(caught.id),
      (states) => states.includes('RouteVerificationDeadline'),
    );
    const held = await api.get<Published>(`/requests/${caught.id}`, { as: 'verifikator' });
    expect(held.body.task).toMatchObject({ dueAt, overdue: false });
    expect(await statesEntered(caught.id)).not.toContain('PublishVerificationOverdue');

    // Ended: every deadline it caught moves by the period's working days, once.
    await advanceClock(stack.urls, 1);
    const ended = await api.post<Period>(`/force-majeure/${running.id}/end`, {
      as: 'admin.bkpsdm',
      body: {},
    });
    expect(ended.status).toBe(200);
    running = undefined;
    const days = ended.body.extension?.workingDays ?? 0;
    expect(days).toBeGreaterThan(0);
    expect(ended.body.extension?.requests).toBeGreaterThan(0);
    expect((await statusOf()).active).toBeUndefined();
    const again = await api.post<{ error: { code: string } }>(`/force-majeure/${ended.body.id}/end`, {
      as: 'admin.bkpsdm',
      body: {},
    });
    expect(again.body.error.code).toBe('ALREADY_ENDED');

    const extended = (await api.get<Published>(`/requests/${caught.id}`, { as: 'verifikator' })).body;
    const newDue = extended.task?.dueAt ?? '';
    expect(newDue > dueAt).toBe(true);
    expect(extended.task?.overdue).toBe(false);
    const history = await api.get<{ audit: Array<{ action: string; note?: string }> }>(
      `/requests/${caught.id}/history`,
      { as: 'auditor' },
    );
    const extensions = history.body.audit.filter((event) => event.action === 'DEADLINE_EXTENDED');
    expect(extensions).toHaveLength(1);
    expect(extensions[0]?.note).toContain(`${days} hari kerja`);

    // The new deadline is the one the timer keeps: passing it escalates as usual.
    await advanceClockPast(stack.urls, newDue);
    await eventually(
      async () => (await api.get<Published>(`/requests/${caught.id}`, { as: 'verifikator' })).body,
      (request) => request.task?.overdue === true,
    );
    await eventually(
      () => statesEntered(caught.id),
      (states) => states.includes('PublishVerificationOverdue'),
    );

    // An entry is held to the service's details schema, as an on-line request: refused, nothing written.
    const paper = manualEntry(ended.body.id, from, ended.body.to ?? '');
    for (const [details, field] of [
      [{ ...KGB_DETAILS, lastRaiseEffectiveDate: '2024-12-15' }, 'details.lastRaiseEffectiveDate'],
      [{ ...KGB_DETAILS, unknownField: 1 }, 'details.unknownField'],
    ] as const) {
      const refused = await api.post<{ error: { code: string; field: string } }>('/manual-services', {
        as: 'admin.bkpsdm',
        body: { ...paper, details },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'INVALID_INPUT', field });
    }
    const { details: _details, ...withoutDetails } = paper;
    const bare = await api.post<{ error: { field: string } }>('/manual-services', {
      as: 'admin.bkpsdm',
      body: withoutDetails,
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.field).toBe('details');

    // A service handled on paper during the period is entered with its scan.
    const entered = await api.post<{
      request: { id: string; status: string; manual?: { forceMajeureId: string } };
      document: { documentId: string };
      uploadUrl: string;
    }>('/manual-services', {
      as: 'admin.bkpsdm',
      body: manualEntry(ended.body.id, from, ended.body.to ?? ''),
    });
    expect(entered.status).toBe(201);
    expect(entered.body.request).toMatchObject({
      status: 'COMPLETED',
      manual: { forceMajeureId: ended.body.id },
    });
    await fetch(entered.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
    const stored = await api.post(`/archive/${entered.body.document.documentId}/confirmation`, {
      as: 'admin.bkpsdm',
    });
    expect(stored.status).toBe(200);

    // The applicant (Siti, served on paper) sees it in their requests, its history and their archive.
    const mine = await api.get<{ items: Array<{ id: string; manual?: object }> }>('/requests', {
      as: SITI,
    });
    expect(mine.body.items.find((item) => item.id === entered.body.request.id)?.manual).toBeDefined();
    const trail = await api.get<{ audit: Array<{ action: string; stage?: string; occurredAt?: string }> }>(
      `/requests/${entered.body.request.id}/history`,
      { as: SITI },
    );
    expect(trail.body.audit.map((event) => event.action)).toEqual([
      'ENTERED_MANUALLY',
      'DECIDED_MANUALLY',
      'DECIDED_MANUALLY',
      'DECIDED_MANUALLY',
      'DECIDED_MANUALLY',
    ]);
    expect(trail.body.audit[0]?.occurredAt).toBe(from);
    const archive = await api.get<{ items: Array<{ documentId: string; source: string; number?: string }> }>(
      '/archive',
      { as: SITI },
    );
    expect(
      archive.body.items.find((item) => item.documentId === entered.body.document.documentId),
    ).toMatchObject({
      source: 'MANUAL',
      number: '800/77/BKPSDM/2026',
    });

    // The reports count it, marked manual.
    const day = (instant: string) => instant.slice(0, 10);
    const report = await api.get<{ services: Array<{ serviceType: string; manual: number }> }>(
      `/reports/performance?from=${day(from)}&to=${day(ended.body.to ?? '')}&serviceType=KGB`,
      { as: 'auditor' },
    );
    expect(report.body.services.find((group) => group.serviceType === 'KGB')?.manual).toBeGreaterThan(0);
  });

  it('takes a period already over at once, and refuses one that overlaps another or ends in the future', async () => {
    const now = await advanceClock(stack.urls, 2);
    const hours = (offset: number) => new Date(Date.parse(now) + offset * 3_600_000).toISOString();
    const future = await api.post<{ error: { code: string; field: string } }>('/force-majeure', {
      as: 'admin.bkpsdm',
      body: { from: hours(-5), to: hours(5), decree: DECREE },
    });
    expect(future.body.error).toMatchObject({ code: 'END_IN_FUTURE', field: 'to' });
    const past = await api.post<Period>('/force-majeure', {
      as: 'admin.bkpsdm',
      body: { from: hours(-30), to: hours(-26), decree: DECREE },
    });
    expect(past.status).toBe(201);
    expect(past.body.extension).toBeDefined();
    const overlapping = await api.post<{ error: { code: string } }>('/force-majeure', {
      as: 'admin.bkpsdm',
      body: { from: hours(-28), decree: DECREE },
    });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.error.code).toBe('OVERLAPPING_PERIOD');
  });
});

function manualEntry(forceMajeureId: string, from: string, to: string) {
  const at = (fraction: number) =>
    new Date(Date.parse(from) + (Date.parse(to) - Date.parse(from)) * fraction).toISOString();
  return {
    forceMajeureId,
    applicantNip: APPLICANT_NIP,
    serviceType: 'KGB',
    details: KGB_DETAILS,
    submittedAt: from,
    stages: [
      {
        stage: 'VERIFICATION',
        outcome: 'ACCEPT',
        decidedBy: 'Rina Marlina, Verifikator',
        decidedAt: at(0.3),
      },
      {
        stage: 'SUPERVISOR_VALIDATION',
        outcome: 'APPROVE',
        decidedBy: 'Hendra Wijaya, S.Sos.',
        decidedAt: at(0.4),
      },
      {
        stage: 'ADMINISTRATOR_VALIDATION',
        outcome: 'APPROVE',
        decidedBy: 'Ratna Dewi, S.H., M.H.',
        decidedAt: at(0.5),
      },
      { stage: 'SIGNING', outcome: 'SIGN', decidedBy: 'Drs. Bambang Sutrisno, M.Si.', decidedAt: at(0.6) },
    ],
    result: { status: 'COMPLETED', at: at(0.9) },
    document: {
      number: '800/77/BKPSDM/2026',
      fileName: 'sk-kgb.pdf',
      contentType: 'application/pdf',
      size: SAMPLE_PDF.length,
    },
  };
}
