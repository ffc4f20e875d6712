import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { routes } from '#archive/api/routes';
import { publishArchived } from '#archive/domain/archive';
import { addPersonalDocument } from '#archive/use-cases/personal-documents';
import { employeeRecords } from '#employees/adapters/employee-records';
import { uploadFiles } from '#files/adapters/upload-files';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { maxUploadBytes } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';

const deps = { employeeArchive, employees: employeeRecords, files: uploadFiles, clock, ids, maxUploadBytes };

export const handler = httpRoute(routes.addPersonalDocument, async ({ actor, body }) => {
  const { document, uploadUrl } = await addPersonalDocument(deps, actor, body);
  return {
    status: 201,
    body: {
      ...publishArchived(document),
      uploadUrl,
      uploadHeaders: { 'content-type': document.contentType },
    },
  };
});
