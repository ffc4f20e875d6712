import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import { startOutage } from '#kit/faults';
import { requestAwaitingVerification, VERIFIED_SALARY } from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { advanceClockPast, type Published, signAndAnswerSurvey, validate, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const execution = executions(stack);

const UNAVAILABLE = {
  error: { code: 'UNAVAILABLE', message: 'Layanan sedang sibuk. Silakan coba lagi sebentar lagi.' },
};

interface History {
  readonly audit: ReadonlyArray<{ readonly action: string; readonly stage?: string }>;
}

const read = async (id: string) => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body;

/** The audit trail, and whether its hash chain holds from the first event to the head the request records. */
async function auditOf(id: string) {
  const history = await api.get<History>(`/requests/${id}/history`, { as: 'auditor' });
  const chain = await api.get<{ valid: boolean; length: number }>(`/requests/${id}/audit-chain`, {
    as: 'auditor',
  });
  return { audit: history.body.audit, chain: chain.body };
}

/** Signing in reads the account directory (DynamoDB): everyone a test acts as signs in before the outage. */
async function signInFirst(...usernames: string[]) {
  for (const username of usernames) await api.token(username);
}

describe('DynamoDB refusing calls', () => {
  it('answers an API call with a clean 503 in Bahasa Indonesia; the same call succeeds once after', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await waitingAt(api, id, 'VERIFICATION');
    await signInFirst('verifikator', 'auditor');
    const decision = {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT', newBaseSalary: VERIFIED_SALARY },
    };

    const outage = await startOutage(stack.urls, 'dynamodb');
    const refused = await api.post(`/requests/${id}/decisions`, decision);
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual(UNAVAILABLE);
    expect((await api.get(`/requests/${id}`, { as: 'auditor' })).body).toEqual(UNAVAILABLE);
    expect(await outage.end()).toBeGreaterThan(0);

    const decided = await api.post<Published>(`/requests/${id}/decisions`, decision);
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('AWAITING_SUPERVISOR_VALIDATION');
    await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    const { audit, chain } = await auditOf(id);
    expect(audit.filter((event) => event.action === 'DECIDED').map((event) => event.stage)).toEqual([
      'VERIFICATION',
    ]);
    expect(chain).toMatchObject({ valid: true, length: audit.length });
  });

  it('retries a workflow step that met it, and the request completes once DynamoDB answers again', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    const open = await waitingAt(api, id, 'VERIFICATION');
    await signInFirst('auditor', 'verifikator', 'pengawas', 'administrator', 'penandatangan', applicant);

    // The deadline passes during the outage: the escalation step meets DynamoDB refusing.
    const outage = await startOutage(stack.urls, 'dynamodb');
    await advanceClockPast(stack.urls, open.task?.dueAt ?? '');
    const failed = await eventually(
      () => execution.failedAttempts(id),
      (errors) => errors.length > 0,
      30_000,
    );
    expect(new Set(failed)).toEqual(new Set(['ServiceUnavailable']));
    expect(await outage.end()).toBeGreaterThan(0);

    // The state machine's retry escalates it once, and the workflow waits for the decision again.
    const overdue = await eventually(
      () => read(id),
      (request) => request.task?.overdue === true && request.task.decidable && !request.processing,
      30_000,
    );
    expect(overdue.status).toBe('AWAITING_VERIFICATION');
    expect((await auditOf(id)).audit.filter((event) => event.action === 'SLA_BREACHED')).toHaveLength(1);

    await validate(api, id);
    await signAndAnswerSurvey(api, id, applicant);
    expect((await api.get(`/requests/${id}/output`, { as: applicant })).status).toBe(200);
    await eventually(
      () => execution.status(id),
      (status) => status === 'SUCCEEDED',
    );
    expect((await read(id)).status).toBe('COMPLETED');
    const { audit, chain } = await auditOf(id);
    expect(audit.filter((event) => event.action === 'SLA_BREACHED')).toHaveLength(1);
    expect(chain).toMatchObject({ valid: true, length: audit.length });
    const escalations = (await sentMail(stack.urls.ses, 'kabid.mutasi@bkpsdm.kotademo.go.id')).filter(
      (mail) => mail.body.text?.includes(id),
    );
    expect(escalations).toHaveLength(1);
    // Every failed attempt was the outage's, each retried: none was caught as a workflow fault.
    expect(new Set(await execution.failedAttempts(id))).toEqual(new Set(['ServiceUnavailable']));
    expect(await execution.statesEntered(id)).not.toContain('HandleWorkflowFault');
  });
});
