import { describe, expect, it } from 'vitest';
import type { Account, AccountEvent } from '#accounts/domain/ports';
import { bootstrapAgencyAdmin } from '#accounts/use-cases/bootstrap-admin';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { EMPLOYEES, memoryEmployees, testClock } from '#kit/fakes';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));

function setup() {
  const accounts = new Map<string, Account>();
  const invited: Account[] = [];
  const events: AccountEvent[] = [];
  const deps = {
    accounts: {
      get: async (username: string) => accounts.get(username),
      listByRole: async (role: string) =>
        [...accounts.values()].filter((account) => account.roles.includes(role as 'ASN')),
      put: async (account: Account) => void accounts.set(account.username, account),
    },
    history: { record: async (event: AccountEvent) => void events.push(event), list: async () => events },
    identity: {
      create: async (account: Account) => void invited.push(account),
      resetPassword: async () => undefined,
      setEnabled: async () => undefined,
      update: async () => undefined,
    },
    employees: memoryEmployees(Object.values(EMPLOYEES)),
    clock: testClock('2026-12-02T03:00:00Z'),
    settings,
  };
  return { deps, accounts, invited, events };
}

describe('bootstrapAgencyAdmin', () => {
  it('takes the name and unit from the master data when it already holds the admin', async () => {
    const { deps, invited } = setup();
    const admin = await bootstrapAgencyAdmin(deps, {
      username: 'budi.admin',
      email: 'budi@kotademo.go.id',
      nip: EMPLOYEES.budi.nip,
    });
    expect(admin).toMatchObject({
      name: EMPLOYEES.budi.name,
      unit: EMPLOYEES.budi.unit,
      roles: ['AGENCY_ADMIN'],
    });
    expect(invited).toEqual([admin]);
  });

  it('refuses a NIP whose structure is wrong, before anyone is invited', async () => {
    const { deps, invited } = setup();
    await expect(
      bootstrapAgencyAdmin(deps, {
        username: 'admin.baru',
        email: 'a@kotademo.go.id',
        nip: '199013452015031002',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_NIP', field: 'nip' });
    expect(invited).toEqual([]);
  });
});
