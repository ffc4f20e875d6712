import { requests } from '#adapters/request-records';
import { publishRequest } from '#domain/request';
import { listRequests } from '#domain/use-cases/list-requests';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.listRequests, async ({ actor, query }) => {
  const { scope, ...filter } = query;
  const page = await listRequests({ ...readScope, records: requests }, actor, scope, filter);
  return {
    status: 200,
    body: { items: page.items.map(publishRequest), ...(page.cursor && { cursor: page.cursor }) },
  };
});
