import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { requests } from '#adapters/request-records';
import { publishArchived } from '#domain/archive';
import { listArchive } from '#domain/use-cases/employee-archive';
import { httpRoute } from './http';
import { routes } from './routes';

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
