import { accountDirectory, accountHistory } from '#accounts/adapters/directory-records';
import { readAccount } from '#accounts/use-cases/accounts';
import { routes } from '#app/api/routes';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getAccount, async ({ params }) => ({
  status: 200,
  body: await readAccount({ accounts: accountDirectory, history: accountHistory }, params.username),
}));
