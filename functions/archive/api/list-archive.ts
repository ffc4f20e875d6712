import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { routes } from '#archive/api/routes';
import { publishArchived } from '#archive/domain/archive';
import { listArchive } from '#archive/use-cases/employee-archive';
import { employeeRecords } from '#employees/adapters/employee-records';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';

const deps = { employeeArchive, employees: employeeRecords, records: requests };

export const handler = httpRoute(routes.listArchive, async ({ actor, query }) => {
  const page = await listArchive(deps, actor, {
    limit: query.limit,
    ...(query.nip && { nip: query.nip }),
    ...(query.cursor && { cursor: query.cursor }),
  });
  return {
    status: 200,
    body: {
      items: page.items.map(publishArchived),
      ...(page.withheld.length > 0 && { withheld: page.withheld }),
      ...(page.cursor && { cursor: page.cursor }),
    },
  };
});
