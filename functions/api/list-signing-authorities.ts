import { signingAuthorities } from '#adapters/directory-records';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.listSigningAuthorities, async ({ query }) => ({
  status: 200,
  body: { items: await signingAuthorities.forService(query.serviceType) },
}));
