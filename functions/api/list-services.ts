import { settings } from '#adapters/settings';
import { offeredServices, publishService } from '#domain/catalog/index';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.listServices, async () => ({
  status: 200,
  body: { items: offeredServices().map((service) => publishService(service, settings)) },
}));
