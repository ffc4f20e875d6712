import { clock } from '#adapters/clock';
import { accountDirectory } from '#adapters/directory-records';
import { requests } from '#adapters/request-records';
import { publishRequest } from '#domain/request';
import { assignRequest } from '#domain/use-cases/work-queue';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

const deps = { ...readScope, records: requests, clock, accounts: accountDirectory };

export const handler = httpRoute(routes.assignRequest, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(await assignRequest(deps, actor, params.id, body.username)),
}));
