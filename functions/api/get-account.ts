import { accountDirectory, accountHistory } from '#adapters/directory-records';
import { readAccount } from '#domain/use-cases/accounts';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getAccount, async ({ params }) => ({
  status: 200,
  body: await readAccount({ accounts: accountDirectory, history: accountHistory }, params.username),
}));
