import { clock } from '#adapters/clock';
import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { ids } from '#adapters/ids';
import { maxUploadBytes } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishArchived } from '#domain/archive';
import { addPersonalDocument } from '#domain/use-cases/personal-documents';
import { httpRoute } from './http';
import { routes } from './routes';

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
