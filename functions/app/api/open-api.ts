import { httpRoute } from '#kernel/http/http';
import { RESOURCE_ENV } from '#kernel/resources';
import { openApiDocument } from './openapi';
import { routes } from './routes';

/** Served with this deployment's address when the function knows it (the local stack), else relative. */
const document = openApiDocument(process.env[RESOURCE_ENV.api]);

export const handler = httpRoute(routes.openApi, async () => ({ status: 200, body: document }));
