import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { publishRequest } from '#domain/request';
import { readRequest } from '#domain/use-cases/read-request';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { records: requestRecords(clock) };

export const handler = httpRoute(routes.getRequest, async ({ actor, params }) => {
  const { request, documents } = await readRequest(deps, actor, params.id);
  return {
    status: 200,
    body: { ...publishRequest(request), documents: documents.map(({ key: _key, ...doc }) => doc) },
  };
});
