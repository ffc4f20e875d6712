import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification } from '#kit/fixtures';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

interface Published {
  status: string;
  task?: { stage: string; dueAt: string; overdue: boolean; decidable: boolean };
}

async function advanceClock(days: number) {
  const response = await fetch(`${stack.urls.api}/local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays: days }),
  });
  return (await response.json()) as { now: string };
}

describe('service-level deadlines', () => {
  it('flags a verification overdue once its working-day deadline passes, and still takes the decision', async () => {
    const request = await requestAwaitingVerification(api);
    const open = await eventually(
      () => api.get<Published>(`/requests/${request.id}`, { as: 'verifikator' }),
      (response) => response.body.task?.decidable === true,
    );
    const dueAt = open.body.task?.dueAt ?? '';

    const clock = await advanceClock(10);
    expect(clock.now > dueAt).toBe(true);

    const overdue = await eventually(
      () => api.get<Published>(`/requests/${request.id}`, { as: 'verifikator' }),
      (response) => response.body.task?.overdue === true && response.body.task.decidable,
    );
    expect(overdue.body).toMatchObject({
      status: 'AWAITING_VERIFICATION',
      task: { stage: 'VERIFICATION', dueAt },
    });

    const tasks = await api.get<{ items: Array<{ request: { id: string }; overdue: boolean }> }>('/tasks', {
      as: 'verifikator',
    });
    expect(tasks.body.items.find((item) => item.request.id === request.id)?.overdue).toBe(true);

    const decided = await api.post<Published>(`/requests/${request.id}/decisions`, {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('AWAITING_SUPERVISOR_VALIDATION');
  });
});
