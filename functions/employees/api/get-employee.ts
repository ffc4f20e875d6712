import { employeeRecords } from '#employees/adapters/employee-records';
import { routes } from '#employees/api/routes';
import { readEmployee } from '#employees/use-cases/employees';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getEmployee, async ({ actor, params }) => ({
  status: 200,
  body: await readEmployee({ employees: employeeRecords }, actor, params.nip),
}));
