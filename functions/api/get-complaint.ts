import { complaintRecords } from '#adapters/complaint-records';
import { publishComplaint } from '#domain/complaints';
import { readComplaint } from '#domain/use-cases/complaints';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.getComplaint, async ({ actor, params }) => ({
  status: 200,
  body: publishComplaint(await readComplaint({ complaints: complaintRecords }, actor, params.id), actor),
}));
