import { routes } from '#accounts/api/routes';
import { setAccountEnabled } from '#accounts/use-cases/accounts';
import { httpRoute } from '#kernel/http/http';
import { accountDeps } from './account-deps';

export const handler = httpRoute(routes.setAccountStatus, async ({ actor, params, body }) => ({
  status: 200,
  body: await setAccountEnabled(accountDeps, actor, params.username, body.enabled),
}));
