import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant, freshApplicants } from '#kit/applicants';
import { requestAwaitingVerification } from '#kit/fixtures';
import { type Published, waitingAt } from '#kit/workflow';

const api = apiClient(inject('stack').urls.api);

type ErrorBody = { error: { code: string; message: string } };

describe('work queues', () => {
  it('show the verifier the oldest deadline first, and who holds a claimed request', async () => {
    const [one, two] = await freshApplicants(api, 2);
    const first = await requestAwaitingVerification(api, one?.username);
    const second = await requestAwaitingVerification(api, two?.username);
    await waitingAt(api, first.id, 'VERIFICATION');
    await waitingAt(api, second.id, 'VERIFICATION');
    const tasks = await api.get<{ items: Array<{ stage: string; dueAt: string; request: Published }> }>(
      '/tasks?stage=VERIFICATION',
      {
        as: 'verifikator',
      },
    );
    const dues = tasks.body.items.map((item) => item.dueAt);
    expect(dues).toEqual([...dues].sort());

    const claimed = await api.post<Published>(`/requests/${first.id}/claim`, { as: 'verifikator' });
    expect(claimed.body.claim).toMatchObject({ username: 'verifikator', name: 'Dewi Lestari, S.AP.' });
    const seen = await api.get<Published>(`/requests/${first.id}`, { as: 'pengawas' });
    expect(seen.body.claim?.name).toBe('Dewi Lestari, S.AP.');
  });

  it('let a supervisor reassign a request to an official who holds the role, and no one else', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await waitingAt(api, id, 'VERIFICATION');
    const notSupervisor = await api.post<ErrorBody>(`/requests/${id}/assignment`, {
      as: 'verifikator',
      body: { username: 'verifikator' },
    });
    expect(notSupervisor.status).toBe(403);
    const wrongRole = await api.post<ErrorBody>(`/requests/${id}/assignment`, {
      as: 'pengawas',
      body: { username: 'auditor' },
    });
    expect(wrongRole.status).toBe(400);
    const assigned = await api.post<Published>(`/requests/${id}/assignment`, {
      as: 'pengawas',
      body: { username: 'verifikator' },
    });
    expect(assigned.body.claim).toMatchObject({ username: 'verifikator' });
    const released = await api.call<Published>('DELETE', `/requests/${id}/claim`, { as: 'pengawas' });
    expect(released.body.claim).toBeUndefined();
  });

  it('show a signer only the services they hold authority for', async () => {
    const list = await api.get<{ items: Array<{ username: string; position: string }> }>(
      '/signing-authorities?serviceType=KGB',
      {
        as: 'admin.bkpsdm',
      },
    );
    expect(list.body.items.map((item) => item.username)).toEqual(['penandatangan']);
    const acting = await api.call('PUT', '/signing-authorities/CUTI/administrator', {
      as: 'admin.bkpsdm',
      body: {
        name: 'Ratna Dewi',
        position: 'Sekretaris BKPSDM',
        basis: 'Surat Perintah Plh. Nomor 800/5/2026',
        validFrom: '2026-01-01',
        acting: 'PLH',
      },
    });
    expect(acting.status).toBe(200);
    expect(
      (await api.call('PUT', '/signing-authorities/CUTI/administrator', { as: 'penandatangan', body: {} }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('DELETE', '/signing-authorities/CUTI/administrator', { as: 'admin.bkpsdm' })).status,
    ).toBe(204);
    expect(
      (await api.call('DELETE', '/signing-authorities/CUTI/administrator', { as: 'admin.bkpsdm' })).status,
    ).toBe(404);
  });
});
