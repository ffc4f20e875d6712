import { settings } from '#adapters/settings';
import { publishService } from '#domain/catalog/index';
import { agencyServices } from '#domain/catalog/resolve';
import { httpRoute } from './http';
import { routes } from './routes';

const body = { items: agencyServices(settings).map((service) => publishService(service, settings)) };

export const handler = httpRoute(routes.listServices, async () => ({ status: 200, body }));
