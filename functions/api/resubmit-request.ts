import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { maxUploadBytes, settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishRequest } from '#domain/request';
import { resubmitRequest } from '#domain/use-cases/deficiency';
import { httpRoute } from './http';
import { resumeDeps, settled } from './resume';
import { routes } from './routes';

const deps = {
  ...resumeDeps,
  files: uploadFiles,
  maxUploadBytes,
  settings,
  forceMajeure: forceMajeurePeriods,
};

export const handler = httpRoute(routes.resubmitRequest, async ({ actor, params }) => ({
  status: 200,
  body: publishRequest(settled(await resubmitRequest(deps, actor, params.id))),
}));
