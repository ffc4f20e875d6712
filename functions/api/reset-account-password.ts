import { resetAccountPassword } from '#domain/use-cases/accounts';
import { accountDeps } from './account-deps';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.resetAccountPassword, async ({ actor, params }) => {
  await resetAccountPassword(accountDeps, actor, params.username);
  return { status: 202, body: { username: params.username, status: 'PASSWORD_RESET_SENT' as const } };
});
