import { changeAccountRoles } from '#domain/use-cases/accounts';
import { accountDeps } from './account-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.changeAccountRoles, async ({ actor, params, body }) => ({
  status: 200,
  body: await changeAccountRoles(accountDeps, actor, params.username, body),
}));
