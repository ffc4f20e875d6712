import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification } from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { decide, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

/** Wahyu Setiawan, Sekretariat Daerah: an employee of the demo agency without an account yet. */
const EMPLOYEE = { nip: '199109212018031295', email: 'wahyu.setiawan@kotademo.go.id' };

async function login(username: string, mfa = false) {
  const response = await fetch(`${stack.urls.api}/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, mfa }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { token?: string; roles?: string[]; error?: { code: string } },
  };
}

async function call(token: string | undefined, path: string) {
  const response = await fetch(`${stack.urls.api}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } },
  };
}

describe('account administration by agency admins (Kediri Pasal 5(3))', () => {
  it('issues an account with a mailed temporary password, changes its roles and unit, resets, disables and enables it, each act audited', async () => {
    const username = `wahyu.${Date.now().toString(36)}`;
    const refused = await api.post('/accounts', {
      as: 'asn.demo',
      body: { username, nip: EMPLOYEE.nip, roles: ['VERIFIER'] },
    });
    expect(refused.status).toBe(403);

    const created = await api.post<{ username: string; unit: string; roles: string[] }>('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: EMPLOYEE.nip, roles: ['ASN', 'VERIFIER'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username, unit: 'SETDA', roles: ['ASN', 'VERIFIER'] });
    const invitation = (await sentMail(stack.urls.ses, EMPLOYEE.email)).find((mail) =>
      mail.body.html?.includes(username),
    );
    expect(invitation?.subject).toBe('Akun Layanan ASN Terpadu BKPSDM Kota Demo');
    expect(invitation?.body.html).toMatch(/Kata sandi sementara: <b>\S{12,}<\/b>/);
    expect(invitation?.body.html).toContain('https://layanan.bkpsdm.kotademo.go.id');
    const duplicate = await api.post<{ error: { code: string } }>('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: EMPLOYEE.nip, roles: ['ASN'] },
    });
    expect(duplicate.body.error.code).toBe('ACCOUNT_EXISTS');

    // Verifiers must sign in with TOTP: without it only the ASN role counts.
    const plain = await login(username);
    expect((await call(plain.body.token, '/tasks')).body.error?.code).toBe('MFA_REQUIRED');
    expect((await call(plain.body.token, '/requests')).status).toBe(200);
    const withTotp = await login(username, true);
    expect((await call(withTotp.body.token, '/tasks')).status).toBe(200);

    const moved = await api.call<{ unit: string; roles: string[] }>('PUT', `/accounts/${username}/roles`, {
      as: 'admin.bkpsdm',
      body: { roles: ['ASN', 'UNIT_ADMIN'], unit: 'BKPSDM' },
    });
    expect(moved.body).toMatchObject({ unit: 'BKPSDM', roles: ['ASN', 'UNIT_ADMIN'] });
    expect((await login(username, true)).body.roles).toEqual(['ASN', 'UNIT_ADMIN']);

    expect((await api.post(`/accounts/${username}/password-reset`, { as: 'admin.bkpsdm' })).status).toBe(202);
    const mails = await sentMail(stack.urls.ses, EMPLOYEE.email);
    expect(
      mails.some(
        (mail) =>
          mail.subject === 'Kode atur ulang kata sandi Layanan ASN Terpadu BKPSDM Kota Demo' &&
          /<b>\d{6}<\/b>/.test(mail.body.html ?? ''),
      ),
    ).toBe(true);

    const disabled = await api.call('PUT', `/accounts/${username}/status`, {
      as: 'admin.bkpsdm',
      body: { enabled: false },
    });
    expect(disabled.status).toBe(200);
    const locked = await login(username, true);
    expect(locked.status).toBe(403);
    expect(locked.body.error?.code).toBe('ACCOUNT_DISABLED');
    await api.call('PUT', `/accounts/${username}/status`, { as: 'admin.bkpsdm', body: { enabled: true } });
    expect((await login(username, true)).status).toBe(200);

    const account = await api.get<{ mfaRequired: boolean; history: Array<{ action: string; by: string }> }>(
      `/accounts/${username}`,
      { as: 'admin.bkpsdm' },
    );
    expect(account.body.mfaRequired).toBe(true);
    expect(account.body.history.map((event) => event.action)).toEqual([
      'CREATED',
      'ROLES_CHANGED',
      'PASSWORD_RESET',
      'DISABLED',
      'ENABLED',
    ]);
    expect(account.body.history.every((event) => event.by === 'admin.bkpsdm')).toBe(true);
    const holders = await api.get<{ items: Array<{ username: string }> }>('/accounts?role=UNIT_ADMIN', {
      as: 'admin.bkpsdm',
    });
    expect(holders.body.items.map((item) => item.username)).toContain(username);
    const verifiers = await api.get<{ items: Array<{ username: string }> }>('/accounts?role=VERIFIER', {
      as: 'admin.bkpsdm',
    });
    expect(verifiers.body.items.map((item) => item.username)).not.toContain(username);
  });

  it('takes a disabled account, a removed role and a moved unit into account at the next calls of a token already issued', async () => {
    const username = `wahyu.${Date.now().toString(36)}b`;
    await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: EMPLOYEE.nip, roles: ['ASN', 'UNIT_ADMIN', 'VERIFIER'] },
    });
    const token = (await login(username, true)).body.token;
    expect((await call(token, '/tasks')).status).toBe(200);
    expect((await call(token, '/employees?unit=SETDA&limit=1')).status).toBe(200);
    const change = (path: string, body: object) =>
      api.call('PUT', `/accounts/${username}${path}`, { as: 'admin.bkpsdm', body });
    // Each change counts within the directory cache's ten seconds, with the same token.
    const within = (path: string, done: (status: number, code?: string) => boolean) =>
      eventually(
        () => call(token, path),
        (response) => done(response.status, response.body.error?.code),
        15_000,
      );

    await change('/roles', { roles: ['ASN', 'UNIT_ADMIN'] });
    const removed = await within('/tasks', (status) => status === 403);
    expect(removed.body.error?.code).toBe('ROLE_NOT_ALLOWED');
    // Now a unit admin of SETDA only: its own unit's staff, until the move.
    expect((await call(token, '/employees?unit=SETDA&limit=1')).status).toBe(200);
    await change('/roles', { roles: ['ASN', 'UNIT_ADMIN'], unit: 'BKPSDM' });
    const moved = await within('/employees?unit=SETDA&limit=1', (status) => status !== 200);
    expect(moved.body.error?.code).toBe('OTHER_UNIT');

    await change('/status', { enabled: false });
    const disabled = await within('/requests', (status) => status === 403);
    expect(disabled.body.error?.code).toBe('ACCOUNT_DISABLED');
    expect((await call(token, '/complaints')).body.error?.code).toBe('ACCOUNT_DISABLED');
  });

  it('keeps a validating official to the services of their division (Kediri Pasal 10)', async () => {
    const applicant = (await freshApplicant(api)).username;
    const username = `putu.${Date.now().toString(36)}`;
    const created = await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: '199303172024212141', roles: ['SUPERVISOR'], division: 'PENGEMBANGAN' },
    });
    expect(created.status).toBe(201);
    const unknown = await api.post<{ error: { code: string } }>('/accounts', {
      as: 'admin.bkpsdm',
      body: {
        username: `${username}.x`,
        nip: '199303172024212141',
        roles: ['SUPERVISOR'],
        division: 'KEUANGAN',
      },
    });
    expect(unknown.body.error.code).toBe('UNKNOWN_DIVISION');

    // A KGB request (Bidang Mutasi) waiting at supervisor validation.
    const { id } = await requestAwaitingVerification(api, applicant);
    await decide(api, id, 'VERIFICATION', 'ACCEPT');
    await waitingAt(api, id, 'SUPERVISOR_VALIDATION');
    const token = (await login(username, true)).body.token;
    const tasks = await fetch(`${stack.urls.api}/tasks?stage=SUPERVISOR_VALIDATION&limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const listed = (await tasks.json()) as { items: Array<{ request: { id: string } }> };
    expect(listed.items.map((item) => item.request.id)).not.toContain(id);
    const outside = await fetch(`${stack.urls.api}/requests/${id}/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ stage: 'SUPERVISOR_VALIDATION', outcome: 'APPROVE' }),
    });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as { error: { code: string } }).error.code).toBe('OUTSIDE_DIVISION');
    // The official of the responsible division sees it and decides.
    const mine = await api.get<{ items: Array<{ request: { id: string } }> }>(
      '/tasks?stage=SUPERVISOR_VALIDATION&limit=100',
      { as: 'pengawas' },
    );
    expect(mine.body.items.map((item) => item.request.id)).toContain(id);
    expect((await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE')).status).toBe(200);
  });

  it('refuses an unknown employee, and an admin disabling their own account', async () => {
    const unknown = await api.post<{ error: { code: string; field: string } }>('/accounts', {
      as: 'admin.bkpsdm',
      body: { username: 'tidak.ada', nip: '199001012015011001', roles: ['ASN'] },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'EMPLOYEE_NOT_FOUND', field: 'nip' });
    const own = await api.call<{ error: { code: string } }>('PUT', '/accounts/admin.bkpsdm/status', {
      as: 'admin.bkpsdm',
      body: { enabled: false },
    });
    expect(own.body.error.code).toBe('OWN_ACCOUNT');
  });
});
