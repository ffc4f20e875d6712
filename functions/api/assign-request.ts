import { clock } from '#adapters/clock';
import { accountDirectory } from '#adapters/directory-records';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { publishRequest } from '#domain/request';
import { assignRequest } from '#domain/use-cases/work-queue';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { records: requests, clock, settings, accounts: accountDirectory };

export const handler = httpRoute(routes.assignRequest, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(await assignRequest(deps, actor, params.id, body.username)),
}));
