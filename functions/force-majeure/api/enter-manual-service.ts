import { publishArchived } from '#archive';
import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { employeeRecords } from '#employees/adapters/employee-records';
import { uploadFiles } from '#files/adapters/upload-files';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { routes } from '#force-majeure/api/routes';
import { enterManualService } from '#force-majeure/use-cases/manual-services';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { publishRequest } from '#requests';
import { requests } from '#requests/adapters/request-records';

const deps = {
  forceMajeure: forceMajeurePeriods,
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
