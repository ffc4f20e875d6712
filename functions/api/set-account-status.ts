import { setAccountEnabled } from '#domain/use-cases/accounts';
import { accountDeps } from './account-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.setAccountStatus, async ({ actor, params, body }) => ({
  status: 200,
  body: await setAccountEnabled(accountDeps, actor, params.username, body.enabled),
}));
