import { routes } from '#accounts/api/routes';
import { changeAccountRoles } from '#accounts/use-cases/accounts';
import { httpRoute } from '#kernel/http/http';
import { accountDeps } from './account-deps';

export const handler = httpRoute(routes.changeAccountRoles, async ({ actor, params, body }) => ({
  status: 200,
  body: await changeAccountRoles(accountDeps, actor, params.username, body),
}));
