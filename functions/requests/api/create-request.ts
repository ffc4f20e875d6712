import { employeeRecords } from '#employees/adapters/employee-records';
import { forceMajeurePeriods } from '#force-majeure/adapters/force-majeure-records';
import { clock } from '#kernel/adapters/clock';
import { ids } from '#kernel/adapters/ids';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { idempotencyKey } from '#kernel/http/idempotency-key';
import { requests } from '#requests/adapters/request-records';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { createRequest } from '#requests/use-cases/create-request';

const deps = {
  records: requests,
  employees: employeeRecords,
  clock,
  ids,
  settings,
  forceMajeure: forceMajeurePeriods,
};

export const handler = httpRoute(routes.createRequest, async ({ actor, body, headers }) => {
  const request = await createRequest(deps, actor, body, idempotencyKey(headers['idempotency-key']));
  return { status: 201, body: publishRequest(request) };
});
