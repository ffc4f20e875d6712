import { createAccount } from '#domain/use-cases/accounts';
import { accountDeps } from './account-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.createAccount, async ({ actor, body }) => ({
  status: 201,
  body: await createAccount(accountDeps, actor, body),
}));
