import { clock } from '#adapters/clock';
import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { ids } from '#adapters/ids';
import { requests } from '#adapters/request-records';
import { maxUploadBytes, settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishArchived } from '#domain/archive';
import { publishRequest } from '#domain/request';
import { enterManualService } from '#domain/use-cases/manual-services';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = {
  periods: forceMajeurePeriods,
  records: requests,
  employees: employeeRecords,
  employeeArchive,
  files: uploadFiles,
  clock,
  ids,
  settings,
  maxUploadBytes,
};

export const handler = httpRoute(routes.enterManualService, async ({ actor, body }) => {
  const { request, document, uploadUrl } = await enterManualService(deps, actor, body);
  return {
    status: 201,
    body: {
      request: publishRequest(request),
      ...(document && { document: publishArchived(document), uploadUrl }),
    },
  };
});
