import { accountDirectory, accountHistory } from '#accounts/adapters/directory-records';
import { routes } from '#accounts/api/routes';
import { readAccount } from '#accounts/use-cases/accounts';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getAccount, async ({ params }) => ({
  status: 200,
  body: await readAccount({ accounts: accountDirectory, history: accountHistory }, params.username),
}));
