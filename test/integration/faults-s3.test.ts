import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import { startOutage } from '#kit/faults';
import { completeKgbDraft, requestAwaitingVerification } from '#kit/fixtures';
import { type Published, validate, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const execution = executions(stack);

const read = async (id: string) => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body;

async function actions(id: string): Promise<string[]> {
  const history = await api.get<{ audit: Array<{ action: string }> }>(`/requests/${id}/history`, {
    as: 'auditor',
  });
  return history.body.audit.map((event) => event.action);
}

describe('S3 refusing calls', () => {
  it('answers the confirmation of uploads (submission) with 503, and the submission goes through after', async () => {
    const applicant = (await freshApplicant(api)).username;
    const draft = await completeKgbDraft(api, applicant);

    const outage = await startOutage(stack.urls, 's3');
    const refused = await api.post(`/requests/${draft.id}/submit`, { as: applicant });
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({
      error: { code: 'UNAVAILABLE', message: 'Layanan sedang sibuk. Silakan coba lagi sebentar lagi.' },
    });
    expect(await outage.end()).toBeGreaterThan(0);
    const kept = await read(draft.id);
    expect(kept.status).toBe('DRAFT');
    expect(kept.documents?.every((document) => document.status !== 'UPLOADED')).toBe(true);

    const submitted = await api.post<Published>(`/requests/${draft.id}/submit`, { as: applicant });
    expect(submitted.status).toBe(200);
    await waitingAt(api, draft.id, 'VERIFICATION');
    expect((await actions(draft.id)).filter((action) => action === 'SUBMITTED')).toHaveLength(1);
  });

  it('retries issuing the document; the request is not issued without its file', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await validate(api, id);

    const outage = await startOutage(stack.urls, 's3');
    const signed = await api.post<Published>(`/requests/${id}/decisions`, {
      as: 'penandatangan',
      body: { stage: 'SIGNING', outcome: 'SIGN' },
    });
    expect(signed.status).toBe(200);
    const failed = await eventually(
      () => execution.failedAttempts(id),
      (errors) => errors.length > 0,
      30_000,
    );
    expect(new Set(failed)).toEqual(new Set(['SlowDown']));
    expect((await read(id)).output?.kind).not.toBe('ISSUED');
    expect(await actions(id)).not.toContain('DOCUMENT_ISSUED');
    expect(await outage.end()).toBeGreaterThan(0);

    const issued = await waitingAt(api, id, 'SURVEY');
    expect(issued.output).toMatchObject({ kind: 'ISSUED' });
    expect((await actions(id)).filter((action) => action === 'DOCUMENT_ISSUED')).toHaveLength(1);
    await api.post(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
    });
    await waitingAt(api, id, 'HANDOVER');
    const output = await api.get<{ downloadUrl: string; sha256: string }>(`/requests/${id}/output`, {
      as: applicant,
    });
    const file = Buffer.from(await (await fetch(output.body.downloadUrl)).arrayBuffer());
    expect(createHash('sha256').update(file).digest('hex')).toBe(issued.output?.sha256);
    expect(await execution.statesEntered(id)).not.toContain('HandleWorkflowFault');
  });
});
