import { uploadFiles } from '#files/adapters/upload-files';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { resubmitRequest } from '#requests/use-cases/deficiency';
import { resumeDeps, settled } from './resume';

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
