import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { publishArchived } from '#domain/archive';
import { listArchive } from '#domain/use-cases/employee-archive';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { employeeArchive, employees: employeeRecords };

export const handler = httpRoute(routes.listArchive, async ({ actor, query }) => {
  const page = await listArchive(deps, actor, {
    limit: query.limit,
    ...(query.nip && { nip: query.nip }),
    ...(query.cursor && { cursor: query.cursor }),
  });
  return {
    status: 200,
    body: { items: page.items.map(publishArchived), ...(page.cursor && { cursor: page.cursor }) },
  };
});
