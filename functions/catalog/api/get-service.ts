import { routes } from '#catalog/api/routes';
import { publishService } from '#catalog/domain/catalog';
import { serviceFor } from '#catalog/domain/resolve';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getService, async ({ params }) => ({
  status: 200,
  body: publishService(serviceFor(params.code, settings), settings),
}));
