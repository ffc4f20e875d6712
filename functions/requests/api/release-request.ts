import { clock } from '#kernel/adapters/clock';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { releaseRequest } from '#requests/use-cases/work-queue';
import { readScope } from './read-scope';

export const handler = httpRoute(routes.releaseRequest, async ({ actor, params }) => ({
  status: 200,
  body: publishRequest(await releaseRequest({ ...readScope, records: requests, clock }, actor, params.id)),
}));
