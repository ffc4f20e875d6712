import { requests } from '#adapters/request-records';
import { publishDocument, publishRequest } from '#domain/request';
import { readRequest } from '#domain/use-cases/read-request';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.getRequest, async ({ actor, params }) => {
  const { request, documents } = await readRequest({ ...readScope, records: requests }, actor, params.id);
  return {
    status: 200,
    body: { ...publishRequest(request), documents: documents.map(publishDocument) },
  };
});
