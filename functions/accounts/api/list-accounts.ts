import { accountDirectory } from '#accounts/adapters/directory-records';
import { routes } from '#accounts/api/routes';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.listAccounts, async ({ query }) => ({
  status: 200,
  body: { items: await accountDirectory.listByRole(query.role) },
}));
