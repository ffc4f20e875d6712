import { clock } from '#adapters/clock';
import { requestRecords } from '#adapters/request-records';
import { ValidationError } from '#domain/errors';
import { publishRequest } from '#domain/request';
import { httpRoute } from './http';
import { routes } from './routes';

const records = requestRecords(clock);

export const handler = httpRoute(routes.listRequests, async ({ actor, query }) => {
  if (!actor.nip) throw new ValidationError('NO_NIP', 'Akun Anda belum terhubung dengan NIP pegawai.');
  const page = await records.listByApplicant(actor.nip, {
    limit: query.limit,
    ...(query.cursor && { cursor: query.cursor }),
  });
  return {
    status: 200,
    body: { items: page.items.map(publishRequest), ...(page.cursor && { cursor: page.cursor }) },
  };
});
