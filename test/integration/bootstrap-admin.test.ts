import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStack, startStack } from '#kit/local-stack';
import { sentMail } from '#kit/mail';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const ADMIN = {
  username: 'admin.pertama',
  email: 'admin.pertama@bkpsdm.kotademo.go.id',
  nip: '198507142010011003',
};

describe('npm run bootstrap-admin, against the local account directory', () => {
  let stack: RunningStack;

  /** The command as an operator types it, pointed at this test's own stack. */
  const bootstrap = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/bootstrap-admin.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        AWS_ENDPOINT_URL_DYNAMODB: stack.urls.dynamodb,
        AWS_ENDPOINT_URL_SESV2: stack.urls.ses,
      },
    }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(async () => {
    // A stack of its own, not seeded: a fresh deployment has no agency admin yet.
    stack = await startStack({ LOCAL_SEED: 'none' });
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('creates the first agency admin, mails the temporary password, and the admin works after a TOTP sign-in', async () => {
    const created = await bootstrap(
      '--username',
      ADMIN.username,
      '--email',
      ADMIN.email,
      '--nip',
      ADMIN.nip,
      '--name',
      'Rina Kusumawati, S.Kom.',
    );
    expect(created).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Created the agency admin admin.pertama'),
    });
    const [invitation] = await sentMail(stack.urls.ses, ADMIN.email);
    expect(invitation?.subject).toBe('Akun Layanan ASN Terpadu BKPSDM Kota Demo');
    expect(invitation?.body.html).toMatch(/Nama pengguna: <b>admin\.pertama<\/b>/);

    const login = await fetch(`${stack.urls.api}/local/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: ADMIN.username, mfa: true }),
    });
    const { token } = (await login.json()) as { token: string };
    const admins = await fetch(`${stack.urls.api}/accounts?role=AGENCY_ADMIN`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(admins.status).toBe(200);
    expect(await admins.json()).toMatchObject({
      items: [{ username: ADMIN.username, name: 'Rina Kusumawati, S.Kom.', roles: ['AGENCY_ADMIN'] }],
    });
    const account = await fetch(`${stack.urls.api}/accounts/${ADMIN.username}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await account.json()).toMatchObject({
      mfaRequired: true,
      history: [{ action: 'CREATED', by: 'sistem (npm run bootstrap-admin)' }],
    });
  });

  it('refuses once an agency admin exists, naming it, and exits 1', async () => {
    const again = await bootstrap(
      '--username',
      'admin.kedua',
      '--email',
      'kedua@kotademo.go.id',
      '--nip',
      ADMIN.nip,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('ADMIN_EXISTS: Admin instansi sudah ada (admin.pertama)');
  });

  it('refuses wrong options with the field named, and exits 2', async () => {
    const wrong = await bootstrap('--username', 'Admin', '--email', 'bukan-surel', '--nip', '123');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--username: nama pengguna/);
    expect(wrong.stderr).toMatch(/--email: harus berupa alamat surel/);
    expect(wrong.stderr).toMatch(/--nip: NIP terdiri atas 18 angka/);
  });
});
