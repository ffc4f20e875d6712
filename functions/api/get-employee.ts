import { employeeRecords } from '#adapters/employee-records';
import { readEmployee } from '#domain/use-cases/employees';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getEmployee, async ({ actor, params }) => ({
  status: 200,
  body: await readEmployee({ employees: employeeRecords }, actor, params.nip),
}));
