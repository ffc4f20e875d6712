import { describe, expect, it } from 'vitest';
import type { Account, AccountEvent } from '#accounts/domain/ports';
import { recordMailFeedback } from '#mail/use-cases/mail-feedback';

const WAHYU: Account = {
  username: 'wahyu.setiawan',
  name: 'Wahyu Setiawan',
  email: 'Wahyu.Setiawan@kotademo.go.id',
  nip: '199109212018031295',
  roles: ['ASN', 'VERIFIER'],
};

function setup(accounts: readonly Account[]) {
  const directory = new Map(accounts.map((account) => [account.username, account]));
  const events: AccountEvent[] = [];
  const deps = {
    accounts: {
      get: async (username: string) => directory.get(username),
      listByRole: async () => [],
      put: async (account: Account) => void directory.set(account.username, account),
    },
    byEmail: {
      usernamesFor: async (email: string) =>
        [...directory.values()]
          .filter((account) => account.email?.toLowerCase() === email.toLowerCase())
          .map((account) => account.username),
    },
    history: { record: async (event: AccountEvent) => void events.push(event), list: async () => events },
  };
  return { deps, directory, events };
}

const AT = '2026-12-02T03:00:00.000Z';

describe('recordMailFeedback', () => {
  it('marks the account whose address bounced for good, and records it in the account’s history', async () => {
    const { deps, directory, events } = setup([WAHYU]);
    const marked = await recordMailFeedback(deps, {
      kind: 'BOUNCE',
      bounceType: 'Permanent',
      recipients: [{ address: 'wahyu.setiawan@kotademo.go.id', detail: 'smtp; 550 5.1.1 user unknown' }],
      at: AT,
    });
    expect(marked).toEqual(['wahyu.setiawan']);
    expect(directory.get('wahyu.setiawan')?.mailDelivery).toEqual({
      status: 'BOUNCED',
      address: 'wahyu.setiawan@kotademo.go.id',
      at: AT,
      detail: 'smtp; 550 5.1.1 user unknown',
    });
    expect(events).toEqual([
      expect.objectContaining({ username: 'wahyu.setiawan', action: 'MAIL_UNDELIVERABLE', at: AT }),
    ]);
  });

  it('marks a complaint too, and nothing for a transient bounce (a full mailbox)', async () => {
    const { deps, directory } = setup([WAHYU]);
    const address = [{ address: WAHYU.email ?? '' }];
    expect(
      await recordMailFeedback(deps, {
        kind: 'BOUNCE',
        bounceType: 'Transient',
        recipients: address,
        at: AT,
      }),
    ).toEqual([]);
    expect(directory.get('wahyu.setiawan')?.mailDelivery).toBeUndefined();
    await recordMailFeedback(deps, { kind: 'COMPLAINT', recipients: address, at: AT });
    expect(directory.get('wahyu.setiawan')?.mailDelivery?.status).toBe('COMPLAINED');
  });

  it('changes nothing when SES reports the same bounce twice', async () => {
    const { deps, events } = setup([WAHYU]);
    const feedback = {
      kind: 'BOUNCE',
      bounceType: 'Permanent',
      recipients: [{ address: WAHYU.email ?? '' }],
      at: AT,
    } as const;
    await recordMailFeedback(deps, feedback);
    expect(await recordMailFeedback(deps, feedback)).toEqual([]);
    expect(events).toHaveLength(1);
  });
});
