import { archiveStore } from '#adapters/archive-store';
import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { requests } from '#adapters/request-records';
import { publishArchived } from '#domain/archive';
import { archiveDownload } from '#domain/use-cases/employee-archive';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { employeeArchive, employees: employeeRecords, records: requests, archive: archiveStore };

export const handler = httpRoute(routes.getArchivedDocument, async ({ actor, params }) => {
  const { document, downloadUrl } = await archiveDownload(deps, actor, params.documentId);
  return { status: 200, body: { ...publishArchived(document), downloadUrl } };
});
