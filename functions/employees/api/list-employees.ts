import { employeeRecords } from '#employees/adapters/employee-records';
import { routes } from '#employees/api/routes';
import { listEmployees } from '#employees/use-cases/employees';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.listEmployees, async ({ actor, query }) => {
  const page = await listEmployees({ employees: employeeRecords }, actor, {
    limit: query.limit,
    ...(query.unit && { unit: query.unit }),
    ...(query.cursor && { cursor: query.cursor }),
  });
  return { status: 200, body: { items: page.items, ...(page.cursor && { cursor: page.cursor }) } };
});
