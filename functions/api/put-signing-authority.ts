import { signingAuthorities } from '#adapters/directory-records';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.putSigningAuthority, async ({ params, body }) => {
  const authority = { ...body, serviceType: params.serviceType, username: params.username };
  await signingAuthorities.put(authority);
  return { status: 200, body: authority };
});
