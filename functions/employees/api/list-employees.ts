import { routes } from '#app/api/routes';
import { employeeRecords } from '#employees/adapters/employee-records';
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
