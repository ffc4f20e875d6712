import { clock } from '#adapters/clock';
import { employeeArchive } from '#adapters/employee-archive-records';
import { ids } from '#adapters/ids';
import { requests } from '#adapters/request-records';
import { maxUploadBytes, settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { addDocument } from '#domain/use-cases/add-document';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { records: requests, files: uploadFiles, employeeArchive, clock, ids, settings, maxUploadBytes };

export const handler = httpRoute(routes.addDocument, async ({ actor, params, body }) => {
  const { document, uploadUrl } = await addDocument(deps, actor, params.id, body);
  return {
    status: 201,
    body: uploadUrl
      ? { documentId: document.id, uploadUrl, uploadHeaders: { 'content-type': document.contentType } }
      : { documentId: document.id, status: document.status, archiveDocumentId: document.archiveDocumentId },
  };
});
