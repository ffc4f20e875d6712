import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { maxUploadBytes } from '#adapters/settings';
import { stepFunctionsWorkflow } from '#adapters/step-functions';
import { uploadFiles } from '#adapters/upload-files';
import { publishRequest } from '#domain/request';
import { submitRequest } from '#domain/use-cases/submit-request';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = {
  records: requestRecords(clock),
  files: uploadFiles,
  workflow: stepFunctionsWorkflow,
  clock,
  maxUploadBytes,
};

export const handler = httpRoute(routes.submitRequest, async ({ actor, params }) => ({
  status: 200,
  body: publishRequest(await submitRequest(deps, actor, params.id)),
}));
