import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishDocument, publishRequest } from '#requests/domain/request';
import { readRequest } from '#requests/use-cases/read-request';
import { readScope } from './read-scope';

export const handler = httpRoute(routes.getRequest, async ({ actor, params }) => {
  const { request, documents } = await readRequest({ ...readScope, records: requests }, actor, params.id);
  return {
    status: 200,
    body: { ...publishRequest(request), documents: documents.map(publishDocument) },
  };
});
