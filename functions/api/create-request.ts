import { clock } from '#adapters/clock';
import { employeeRecords } from '#adapters/employee-records';
import { forceMajeurePeriods } from '#adapters/force-majeure-records';
import { ids } from '#adapters/ids';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { ValidationError } from '#domain/errors';
import { publishRequest } from '#domain/request';
import { createRequest } from '#domain/use-cases/create-request';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = {
  records: requests,
  employees: employeeRecords,
  clock,
  ids,
  settings,
  forceMajeure: forceMajeurePeriods,
};

function idempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined || /^[A-Za-z0-9_-]{8,64}$/.test(value)) return value;
  throw new ValidationError(
    'INVALID_IDEMPOTENCY_KEY',
    'Header Idempotency-Key terdiri atas 8–64 huruf, angka, garis bawah atau tanda hubung.',
    'Idempotency-Key',
  );
}

export const handler = httpRoute(routes.createRequest, async ({ actor, body, headers }) => {
  const request = await createRequest(deps, actor, body, idempotencyKey(headers['idempotency-key']));
  return { status: 201, body: publishRequest(request) };
});
