import { businessMetrics } from '#adapters/business-metrics';
import { clock } from '#adapters/clock';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { requests } from '#adapters/request-records';
import { maxUploadBytes, settings } from '#adapters/settings';
import { stepFunctionsWorkflow } from '#adapters/step-functions';
import { uploadFiles } from '#adapters/upload-files';
import { publishRequest } from '#domain/request';
import { submitRequest } from '#domain/use-cases/submit-request';
import { httpRoute } from './http';
import { settled } from './resume';
import { routes } from './routes';

const deps = {
  forceMajeure: forceMajeurePeriods,
  records: requests,
  files: uploadFiles,
  workflow: { start: stepFunctionsWorkflow.start },
  clock,
  settings,
  maxUploadBytes,
};

export const handler = httpRoute(routes.submitRequest, async ({ actor, params }) => {
  const submitted = await submitRequest(deps, actor, params.id);
  businessMetrics.requestSubmitted();
  return { status: 200, body: publishRequest(settled(submitted)) };
});
