import { settings } from '#adapters/settings';
import { findService, publishService } from '#domain/catalog/index';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getService, async ({ params }) => ({
  status: 200,
  body: publishService(findService(params.code), settings),
}));
