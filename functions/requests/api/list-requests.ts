import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { listRequests } from '#requests/use-cases/list-requests';
import { readScope } from './read-scope';

export const handler = httpRoute(routes.listRequests, async ({ actor, query }) => {
  const { scope, ...filter } = query;
  const page = await listRequests({ ...readScope, records: requests }, actor, scope, filter);
  return {
    status: 200,
    body: { items: page.items.map(publishRequest), ...(page.cursor && { cursor: page.cursor }) },
  };
});
