import { employeeArchive } from '#adapters/employee-archive-records';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { ids } from '#adapters/ids';
import { maxUploadBytes, settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { addDocument } from '#domain/use-cases/add-document';
import { httpRoute } from './http';
import { resumeDeps } from './resume';
import { routes } from './routes';

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
