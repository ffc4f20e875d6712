import { afterEach, describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { completeKgbDraft, KGB_APPLICANT, requestAwaitingVerification } from '#kit/fixtures';
import { advanceClock, decide, type Published, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

/** Two minutes, in days: past the grace the outbox delivery leaves to whoever recorded a call. */
const PAST_GRACE = 2 / 1440;

async function stepFunctionsUnavailable(unavailable: boolean) {
  const response = await fetch(`${stack.urls.stepFunctions}/faults`, {
    method: 'POST',
    body: JSON.stringify({ unavailable }),
  });
  expect(await response.json()).toEqual({ unavailable });
}

const read = async (id: string) => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body;

describe('Step Functions unavailable between the record and the workflow', () => {
  afterEach(() => stepFunctionsUnavailable(false));

  it('keeps a submission, and the outbox starts its workflow once Step Functions answers again', async () => {
    const draft = await completeKgbDraft(api, KGB_APPLICANT);
    await stepFunctionsUnavailable(true);
    const submitted = await api.post<Published>(`/requests/${draft.id}/submit`, { as: KGB_APPLICANT });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'AWAITING_VERIFICATION', processing: true });

    await stepFunctionsUnavailable(false);
    await advanceClock(stack.urls, PAST_GRACE);
    const waiting = await waitingAt(api, draft.id, 'VERIFICATION');
    expect(waiting.processing).toBe(false);
  });

  it('accepts a decision once, and the outbox hands it to the waiting workflow later', async () => {
    const { id } = await requestAwaitingVerification(api, KGB_APPLICANT);
    await waitingAt(api, id, 'VERIFICATION');
    await stepFunctionsUnavailable(true);
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

    await stepFunctionsUnavailable(false);
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
