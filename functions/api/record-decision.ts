import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { stepFunctionsWorkflow } from '#adapters/step-functions';
import { publishRequest } from '#domain/request';
import { recordDecision } from '#domain/use-cases/record-decision';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { records: requestRecords(clock), workflow: stepFunctionsWorkflow, clock };

export const handler = httpRoute(routes.recordDecision, async ({ actor, params, body }) => ({
  status: 200,
  body: publishRequest(
    await recordDecision(deps, actor, params.id, {
      stage: body.stage,
      outcome: body.outcome,
      ...(body.note && { note: body.note }),
    }),
  ),
}));
