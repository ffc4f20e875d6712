import { routes } from '#catalog/api/routes';
import { serviceFor } from '#catalog/domain/resolve';
import { serviceStandard } from '#catalog/domain/standard';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getServiceStandard, async ({ params }) => ({
  status: 200,
  body: serviceStandard(serviceFor(params.code, settings), settings),
}));
