import { archiveStore } from '#archive/adapters/archive-store';
import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { routes } from '#archive/api/routes';
import { publishArchived } from '#archive/domain/archive';
import { storeUploadedDocument } from '#archive/use-cases/personal-documents';
import { employeeRecords } from '#employees/adapters/employee-records';
import { uploadFiles } from '#files/adapters/upload-files';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';

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
