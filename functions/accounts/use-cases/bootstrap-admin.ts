import type { Account, AccountDirectory, AccountHistory, IdentityProvider } from '#accounts/domain/ports';
import type { EmployeeRecords } from '#employees';
import { parseNip } from '#employees';
import { ConflictError, ValidationError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { localDate, workCalendar } from '#kernel/domain/working-days';

export interface BootstrapDeps {
  readonly accounts: AccountDirectory;
  readonly history: AccountHistory;
  readonly identity: IdentityProvider;
  readonly employees: EmployeeRecords;
  readonly clock: Clock;
  readonly settings: Pick<RuntimeSettings, 'timeZone' | 'workWeek' | 'holidays' | 'holidaysCover'>;
}

export interface FirstAdmin {
  readonly username: string;
  readonly email: string;
  readonly nip: string;
  /** As the invitation greets them; the employee's name when the master data already holds them. */
  readonly name?: string;
  readonly unit?: string;
}

/** Who the account's history says created it. */
const BOOTSTRAP = 'sistem (npm run bootstrap-admin)';

/**
 * Issues a new deployment's first AGENCY_ADMIN, from the command line (an operator with AWS
 * credentials), since nobody can call POST /accounts yet: the identity provider mails the
 * temporary password as for any account. Once an agency admin exists it refuses: every further
 * account goes through the API, where an admin is accountable for it.
 */
export async function bootstrapAgencyAdmin(deps: BootstrapDeps, input: FirstAdmin): Promise<Account> {
  const admins = await deps.accounts.listByRole('AGENCY_ADMIN');
  if (admins.length > 0) {
    throw new ConflictError(
      'ADMIN_EXISTS',
      `Admin instansi sudah ada (${admins.map((admin) => admin.username).join(', ')}); ` +
        'akun berikutnya dibuat oleh admin lewat POST /accounts.',
    );
  }
  if (await deps.accounts.get(input.username)) {
    throw new ConflictError('ACCOUNT_EXISTS', `Nama pengguna ${input.username} sudah dipakai.`, 'username');
  }
  const today = localDate(deps.clock.now(), workCalendar(deps.settings));
  const asPns = parseNip(input.nip, 'PNS', today);
  if (!asPns.ok && !parseNip(input.nip, 'PPPK', today).ok) {
    throw new ValidationError('INVALID_NIP', asPns.message, 'nip');
  }
  // The master data may not be imported yet: the admin imports it next.
  const employee = await deps.employees.get(input.nip);
  const unit = input.unit ?? employee?.unit;
  const account: Account = {
    username: input.username,
    name: input.name ?? employee?.name ?? input.username,
    email: input.email,
    nip: input.nip,
    ...(unit && { unit }),
    roles: ['AGENCY_ADMIN'],
  };
  await deps.identity.create(account);
  await deps.accounts.put(account);
  await deps.history.record({
    username: account.username,
    at: deps.clock.now().toISOString(),
    by: BOOTSTRAP,
    action: 'CREATED',
    note: 'Admin instansi pertama dari baris perintah; wajib mengaktifkan TOTP saat pertama masuk.',
  });
  return account;
}
