import { routes } from '#catalog/api/routes';
import { publishService } from '#catalog/domain/catalog';
import { agencyServices } from '#catalog/domain/resolve';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';

const body = { items: agencyServices(settings).map((service) => publishService(service, settings)) };

export const handler = httpRoute(routes.listServices, async () => ({ status: 200, body }));
