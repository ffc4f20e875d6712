import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { uploadFiles } from '#files/adapters/upload-files';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { ids } from '#kernel/adapters/ids';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { addDocument } from '#requests/use-cases/add-document';
import { resumeDeps } from './resume';

const deps = {
  ...resumeDeps,
  files: uploadFiles,
  employeeArchive,
  ids,
  settings,
  maxUploadBytes,
  forceMajeure: forceMajeurePeriods,
};

export const handler = httpRoute(routes.addDocument, async ({ actor, params, body }) => {
  const { document, uploadUrl } = await addDocument(deps, actor, params.id, body);
  return {
    status: 201,
    body: uploadUrl
      ? { documentId: document.id, uploadUrl, uploadHeaders: { 'content-type': document.contentType } }
      : { documentId: document.id, status: document.status, archiveDocumentId: document.archiveDocumentId },
  };
});
