import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { startOutage } from '#kit/faults';
import { completeKgbDraft, requestAwaitingVerification } from '#kit/fixtures';
import { advanceClock, decide, type Published, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

/** Two minutes, in days: past the grace the outbox delivery leaves to whoever recorded a call. */
const PAST_GRACE = 2 / 1440;

const read = async (id: string) => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body;

describe('Step Functions unavailable between the record and the workflow', () => {
  it('keeps the fault switch’s first form: without a service it means Step Functions', async () => {
    const post = async (body: object) =>
      (
        await fetch(`${stack.urls.stepFunctions}/faults`, { method: 'POST', body: JSON.stringify(body) })
      ).json();
    try {
      expect(await post({ unavailable: true })).toMatchObject({
        service: 'stepfunctions',
        unavailable: true,
      });
    } finally {
      expect(await post({ unavailable: false })).toMatchObject({
        service: 'stepfunctions',
        unavailable: false,
      });
    }
  });

  it('keeps a submission, and the outbox starts its workflow once Step Functions answers again', async () => {
    const applicant = (await freshApplicant(api)).username;
    const draft = await completeKgbDraft(api, applicant);
    const outage = await startOutage(stack.urls, 'stepfunctions');
    const submitted = await api.post<Published>(`/requests/${draft.id}/submit`, { as: applicant });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'AWAITING_VERIFICATION', processing: true });

    expect(await outage.end()).toBeGreaterThan(0);
    await advanceClock(stack.urls, PAST_GRACE);
    const waiting = await waitingAt(api, draft.id, 'VERIFICATION');
    expect(waiting.processing).toBe(false);
  });

  it('hands a submission made during an outage to its workflow within 30 s of recovery, without moving the clock', async () => {
    const applicant = (await freshApplicant(api)).username;
    const draft = await completeKgbDraft(api, applicant);
    const outage = await startOutage(stack.urls, 'stepfunctions');
    const submitted = await api.post<Published>(`/requests/${draft.id}/submit`, { as: applicant });
    expect(submitted.body.processing).toBe(true);
    // The outbox job tries again while the outage lasts: more calls refused than the submission's own.
    const ownAttempts = await outage.refused();
    await eventually(outage.refused, (refused) => refused > ownAttempts, 20_000);

    await outage.end();
    const recovered = Date.now();
    await eventually(
      async () => (await read(draft.id)).task,
      (task) => task?.stage === 'VERIFICATION' && task.decidable,
      30_000,
    );
    const seconds = (Date.now() - recovered) / 1000;
    console.info(
      `[faults] a submission reached its verification queue ${seconds.toFixed(1)} s after Step Functions recovered`,
    );
    expect(seconds).toBeLessThan(30);
  });

  it('accepts a decision once, and the outbox hands it to the waiting workflow later', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await waitingAt(api, id, 'VERIFICATION');
    const outage = await startOutage(stack.urls, 'stepfunctions');
    const decided = await decide(api, id, 'VERIFICATION', 'ACCEPT');
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'AWAITING_SUPERVISOR_VALIDATION', processing: true });
    // The decision is recorded; a second one for the stage it left is refused, not taken twice.
    const again = await api.post<{ error: { code: string } }>(`/requests/${id}/decisions`, {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
    });
    expect(again.status).toBe(409);

    // Still owed while the outage lasts, however often the delivery tries.
    await advanceClock(stack.urls, PAST_GRACE);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await read(id)).processing).toBe(true);

    expect(await outage.end()).toBeGreaterThan(0);
    await advanceClock(stack.urls, PAST_GRACE);
    await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    const history = await api.get<{ audit: Array<{ action: string; stage?: string }> }>(
      `/requests/${id}/history`,
      { as: 'auditor' },
    );
    const decisions = history.body.audit.filter((event) => event.action === 'DECIDED');
    expect(decisions.map((event) => event.stage)).toEqual(['VERIFICATION']);
  });
});
