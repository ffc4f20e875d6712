import { archiveStore } from '#adapters/archive-store';
import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { maxUploadBytes, settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishArchived } from '#domain/archive';
import { storeUploadedDocument } from '#domain/use-cases/personal-documents';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = {
  employeeArchive,
  employees: employeeRecords,
  files: uploadFiles,
  archive: archiveStore,
  maxUploadBytes,
  settings,
};

export const handler = httpRoute(routes.storePersonalDocument, async ({ actor, params }) => ({
  status: 200,
  body: publishArchived(await storeUploadedDocument(deps, actor, params.documentId)),
}));
