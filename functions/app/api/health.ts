import { httpRoute } from '#kernel/http/http';
import { routes } from './routes';

export const handler = httpRoute(routes.health, async () => ({
  status: 200,
  body: { status: 'ok' as const },
}));
