import { requests } from '#adapters/request-records';
import { stepFunctionsWorkflow } from '#adapters/step-functions';
import { requestHistory } from '#domain/use-cases/request-history';
import { httpRoute } from './http';
import { readScope } from './read-scope';
import { routes } from './routes';

export const handler = httpRoute(routes.getHistory, async ({ actor, params }) => ({
  status: 200,
  body: await requestHistory(
    { ...readScope, records: requests, workflow: stepFunctionsWorkflow },
    actor,
    params.id,
  ),
}));
