import { uploadFiles } from '#files/adapters/upload-files';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { clock } from '#kernel/adapters/clock';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';
import { stepFunctionsWorkflow } from '#requests/adapters/step-functions';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { submitRequest } from '#requests/use-cases/submit-request';
import { settled } from './resume';

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
