import { accountDirectory } from '#accounts/adapters/directory-records';
import { clock } from '#kernel/adapters/clock';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { assignRequest } from '#requests/use-cases/work-queue';
import { readScope } from './read-scope';

const deps = { ...readScope, records: requests, clock, accounts: accountDirectory };

export const handler = httpRoute(routes.assignRequest, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(await assignRequest(deps, actor, params.id, body.username)),
}));
