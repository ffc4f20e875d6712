import { clock } from '#adapters/clock';
import { employeeRecords } from '#adapters/employee-records';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { ids } from '#adapters/ids';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { publishRequest } from '#domain/request';
import { createRequest } from '#domain/use-cases/create-request';
import { httpRoute } from './http';
import { idempotencyKey } from './idempotency-key';
import { routes } from './routes';

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
