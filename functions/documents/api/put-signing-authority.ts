import { signingAuthorities } from '#accounts/adapters/directory-records';
import { routes } from '#documents/api/routes';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.putSigningAuthority, async ({ params, body }) => {
  const authority = { ...body, serviceType: params.serviceType, username: params.username };
  await signingAuthorities.put(authority);
  return { status: 200, body: authority };
});
