import { archiveStore } from '#archive/adapters/archive-store';
import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { routes } from '#archive/api/routes';
import { publishArchived } from '#archive/domain/archive';
import { archiveDownload } from '#archive/use-cases/employee-archive';
import { employeeRecords } from '#employees/adapters/employee-records';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';

const deps = { employeeArchive, employees: employeeRecords, records: requests, archive: archiveStore };

export const handler = httpRoute(routes.getArchivedDocument, async ({ actor, params }) => {
  const { document, downloadUrl } = await archiveDownload(deps, actor, params.documentId);
  return { status: 200, body: { ...publishArchived(document), downloadUrl } };
});
