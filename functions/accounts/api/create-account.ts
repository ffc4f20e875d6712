import { routes } from '#accounts/api/routes';
import { createAccount } from '#accounts/use-cases/accounts';
import { httpRoute } from '#kernel/http/http';
import { accountDeps } from './account-deps';

export const handler = httpRoute(routes.createAccount, async ({ actor, body }) => ({
  status: 201,
  body: await createAccount(accountDeps, actor, body),
}));
