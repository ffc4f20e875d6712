import { settings } from '#adapters/settings';
import { publishService } from '#domain/catalog/index';
import { serviceFor } from '#domain/catalog/resolve';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getService, async ({ params }) => ({
  status: 200,
  body: publishService(serviceFor(params.code, settings), settings),
}));
