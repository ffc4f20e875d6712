import { routes } from '#accounts/api/routes';
import { resetAccountPassword } from '#accounts/use-cases/accounts';
import { httpRoute } from '#kernel/http/http';
import { accountDeps } from './account-deps';

export const handler = httpRoute(routes.resetAccountPassword, async ({ actor, params }) => {
  await resetAccountPassword(accountDeps, actor, params.username);
  return { status: 202, body: { username: params.username, status: 'PASSWORD_RESET_SENT' as const } };
});
