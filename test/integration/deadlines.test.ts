import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification } from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { advanceClockPast, decide, type Published, publishedEvents, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

describe('service-level deadlines', () => {
  it('escalate an overdue verification to its officials and their superior, and the request keeps waiting', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    const open = await waitingAt(api, id, 'VERIFICATION');
    await api.post(`/requests/${id}/claim`, { as: 'verifikator' });

    const now = await advanceClockPast(stack.urls, open.task?.dueAt ?? '');
    expect(now > (open.task?.dueAt ?? '')).toBe(true);
    const overdue = await eventually(
      async () => (await api.get<Published>(`/requests/${id}`, { as: 'verifikator' })).body,
      (request) => request.task?.overdue === true && request.task.decidable,
    );
    expect(overdue).toMatchObject({
      status: 'AWAITING_VERIFICATION',
      task: { stage: 'VERIFICATION', dueAt: open.task?.dueAt },
    });

    const tasks = await api.get<{ items: Array<{ request: { id: string }; overdue: boolean }> }>('/tasks', {
      as: 'verifikator',
    });
    expect(tasks.body.items.find((item) => item.request.id === id)?.overdue).toBe(true);
    const escalation = await eventually(
      () => sentMail(stack.urls.ses, 'kabid.mutasi@bkpsdm.kotademo.go.id'),
      (mails) => mails.some((mail) => mail.body.text?.includes(id) ?? false),
    );
    const mail = escalation.find((candidate) => candidate.body.text?.includes(id));
    expect(mail?.destination.to).toEqual(
      expect.arrayContaining(['dewi.lestari@kotademo.go.id', 'kabid.mutasi@bkpsdm.kotademo.go.id']),
    );
    expect(mail?.body.text).toContain('ditangani oleh');
    expect(
      await eventually(
        () => publishedEvents(stack.urls, id),
        (names) => names.includes('StageOverdue'),
      ),
    ).toContain('StageOverdue');

    expect((await decide(api, id, 'VERIFICATION', 'ACCEPT')).body.status).toBe(
      'AWAITING_SUPERVISOR_VALIDATION',
    );
    const history = await api.get<{ execution: { events: Array<{ type: string; state?: string }> } }>(
      `/requests/${id}/history`,
      { as: 'auditor' },
    );
    const states = history.body.execution.events.flatMap((event) => event.state ?? []);
    expect(states).toEqual(
      expect.arrayContaining(['EscalateOverdueVerification', 'AwaitOverdueAdministrativeVerification']),
    );
    expect(history.body.execution.events.some((event) => event.type === 'TaskTimedOut')).toBe(true);
  });
});
