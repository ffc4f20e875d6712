import { clock } from '#adapters/clock';
import { requests } from '#adapters/request-records';
import { publishRequest } from '#domain/request';
import { requestExtension } from '#domain/use-cases/deficiency';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.requestExtension, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(await requestExtension({ records: requests, clock }, actor, params.id, body)),
}));
