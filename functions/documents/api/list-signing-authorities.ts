import { signingAuthorities } from '#accounts/adapters/directory-records';
import { routes } from '#documents/api/routes';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.listSigningAuthorities, async ({ query }) => ({
  status: 200,
  body: { items: await signingAuthorities.forService(query.serviceType) },
}));
