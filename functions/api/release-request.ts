import { clock } from '#adapters/clock';
import { requests } from '#adapters/request-records';
import { publishRequest } from '#domain/request';
import { releaseRequest } from '#domain/use-cases/work-queue';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.releaseRequest, async ({ actor, params }) => ({
  status: 200,
  body: publishRequest(await releaseRequest({ ...readScope, records: requests, clock }, actor, params.id)),
}));
