import { settings } from '#adapters/settings';
import { serviceFor } from '#domain/catalog/resolve';
import { serviceStandard } from '#domain/catalog/standard';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getServiceStandard, async ({ params }) => ({
  status: 200,
  body: serviceStandard(serviceFor(params.code, settings), settings),
}));
