import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { stepFunctionsWorkflow } from '#requests/adapters/step-functions';
import { routes } from '#requests/api/routes';
import { requestHistory } from '#requests/use-cases/request-history';
import { readScope } from './read-scope';

export const handler = httpRoute(routes.getHistory, async ({ actor, params }) => ({
  status: 200,
  body: await requestHistory(
    { ...readScope, records: requests, workflow: stepFunctionsWorkflow },
    actor,
    params.id,
  ),
}));
