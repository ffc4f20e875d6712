import type { Account } from '#accounts/domain/ports';
import { accountDirectory } from './directory-records';

/**
 * How long a function trusts what it read of an account: a disabled account, a removed role or
 * a moved unit takes effect on calls after at most this long (and at once in a fresh container).
 */
export const ACCOUNT_CACHE_MS = 10_000;

const cache = new Map<string, { readonly account: Account | undefined; readonly until: number }>();

/** The account directory's entry for `username`, read again once the cached one is older than ACCOUNT_CACHE_MS. */
export async function currentAccount(username: string): Promise<Account | undefined> {
  const now = Date.now();
  const cached = cache.get(username);
  if (cached && cached.until > now) return cached.account;
  const account = await accountDirectory.get(username);
  cache.set(username, { account, until: now + ACCOUNT_CACHE_MS });
  return account;
}
