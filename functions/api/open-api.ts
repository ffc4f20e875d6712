import { httpRoute } from './http';
import { openApiDocument } from './openapi';
import { routes } from './routes';

const document = openApiDocument();

export const handler = httpRoute(routes.openApi, async () => ({ status: 200, body: document }));
