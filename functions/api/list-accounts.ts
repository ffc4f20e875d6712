import { accountDirectory } from '#adapters/directory-records';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.listAccounts, async ({ query }) => ({
  status: 200,
  body: { items: await accountDirectory.listByRole(query.role) },
}));
