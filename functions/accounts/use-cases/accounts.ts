import type {
  Account,
  AccountDirectory,
  AccountEvent,
  AccountHistory,
  IdentityProvider,
} from '#accounts/domain/ports';
import type { EmployeeRecords } from '#employees';
import { ConflictError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import { type Actor, MFA_ROLES, ROLE_LABELS, type Role } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';

export interface AccountDeps {
  readonly accounts: AccountDirectory;
  readonly history: AccountHistory;
  readonly identity: IdentityProvider;
  readonly employees: EmployeeRecords;
  readonly clock: Clock;
  readonly settings: Pick<RuntimeSettings, 'divisions'>;
}

function assertDivision(deps: AccountDeps, division: string | undefined): void {
  if (division !== undefined && !Object.hasOwn(deps.settings.divisions, division)) {
    const known = Object.keys(deps.settings.divisions).join(', ') || '(tidak ada)';
    throw new ValidationError(
      'UNKNOWN_DIVISION',
      `Bidang ${division} tidak dikenal. Bidang instansi: ${known}.`,
      'division',
    );
  }
}

function accountNotFound(username: string): NotFoundError {
  return new NotFoundError('ACCOUNT_NOT_FOUND', `Akun ${username} tidak ditemukan.`, 'username');
}

async function existing(deps: Pick<AccountDeps, 'accounts'>, username: string): Promise<Account> {
  const account = await deps.accounts.get(username);
  if (!account) throw accountNotFound(username);
  return account;
}

async function audited(
  deps: AccountDeps,
  actor: Actor,
  username: string,
  action: AccountEvent['action'],
  note?: string,
): Promise<void> {
  await deps.history.record({
    username,
    at: deps.clock.now().toISOString(),
    by: actor.username,
    action,
    ...(note && { note }),
  });
}

const describeRoles = (roles: readonly Role[]) => roles.map((role) => ROLE_LABELS[role]).join(', ');

/** An account as agency admins read it: whether its roles require a second factor, and its history. */
export async function readAccount(deps: Pick<AccountDeps, 'accounts' | 'history'>, username: string) {
  const account = await existing(deps, username);
  return {
    ...account,
    mfaRequired: account.roles.some((role) => MFA_ROLES.includes(role)),
    history: await deps.history.list(username),
  };
}

/**
 * Issues an account to an employee (Kediri Pasal 5(3)): the identity provider mails a temporary
 * password, to be changed at first sign-in. Officials, verifiers and admins must then set up TOTP.
 */
export async function createAccount(
  deps: AccountDeps,
  actor: Actor,
  input: {
    readonly username: string;
    readonly nip: string;
    readonly roles: readonly Role[];
    readonly email?: string;
    readonly division?: string;
  },
): Promise<Account> {
  assertDivision(deps, input.division);
  if (await deps.accounts.get(input.username)) {
    throw new ConflictError('ACCOUNT_EXISTS', `Nama pengguna ${input.username} sudah dipakai.`);
  }
  const employee = await deps.employees.get(input.nip);
  if (!employee) {
    throw new NotFoundError('EMPLOYEE_NOT_FOUND', `Pegawai dengan NIP ${input.nip} tidak ditemukan.`, 'nip');
  }
  const email = input.email ?? employee.email;
  if (!email) {
    throw new ValidationError(
      'EMAIL_REQUIRED',
      'Pegawai ini belum memiliki alamat surel; isikan alamat untuk mengirim kata sandi sementara.',
      'email',
    );
  }
  const account: Account = {
    username: input.username,
    name: employee.name,
    email,
    nip: employee.nip,
    unit: employee.unit,
    ...(input.division && { division: input.division }),
    roles: [...new Set(input.roles)],
  };
  await deps.identity.create(account);
  await deps.accounts.put(account);
  await audited(deps, actor, account.username, 'CREATED', `Peran: ${describeRoles(account.roles)}.`);
  return account;
}

export async function resetAccountPassword(deps: AccountDeps, actor: Actor, username: string): Promise<void> {
  const account = await existing(deps, username);
  await deps.identity.resetPassword(account);
  await audited(deps, actor, username, 'PASSWORD_RESET');
}

export async function setAccountEnabled(
  deps: AccountDeps,
  actor: Actor,
  username: string,
  enabled: boolean,
): Promise<Account> {
  if (!enabled && username === actor.username) {
    throw new ValidationError('OWN_ACCOUNT', 'Anda tidak dapat menonaktifkan akun Anda sendiri.', 'username');
  }
  const { disabled: _was, ...account } = await existing(deps, username);
  const next: Account = enabled ? account : { ...account, disabled: true };
  await deps.identity.setEnabled(username, enabled);
  await deps.accounts.put(next);
  await audited(deps, actor, username, enabled ? 'ENABLED' : 'DISABLED');
  return next;
}

/** Changes an account's roles and, for a move between units, its unit. */
export async function changeAccountRoles(
  deps: AccountDeps,
  actor: Actor,
  username: string,
  input: { readonly roles: readonly Role[]; readonly unit?: string; readonly division?: string },
): Promise<Account> {
  assertDivision(deps, input.division);
  const previous = await existing(deps, username);
  if (username === actor.username && !input.roles.includes('AGENCY_ADMIN')) {
    throw new ValidationError(
      'OWN_ACCOUNT',
      'Anda tidak dapat mencabut peran pengelola akun dari akun Anda sendiri.',
      'roles',
    );
  }
  const next: Account = {
    ...previous,
    roles: [...new Set(input.roles)],
    ...(input.unit && { unit: input.unit }),
    ...(input.division && { division: input.division }),
  };
  await deps.identity.update(next, previous);
  await deps.accounts.put(next);
  const unitNote =
    (next.unit !== previous.unit ? ` Unit: ${previous.unit ?? '-'} → ${next.unit}.` : '') +
    (next.division !== previous.division ? ` Bidang: ${previous.division ?? '-'} → ${next.division}.` : '');
  await audited(
    deps,
    actor,
    username,
    'ROLES_CHANGED',
    `Peran: ${describeRoles(previous.roles)} → ${describeRoles(next.roles)}.${unitNote}`,
  );
  return next;
}
