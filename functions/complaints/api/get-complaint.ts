import { routes } from '#app/api/routes';
import { complaintRecords } from '#complaints/adapters/complaint-records';
import { publishComplaint } from '#complaints/domain/complaints';
import { readComplaint } from '#complaints/use-cases/complaints';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getComplaint, async ({ actor, params }) => ({
  status: 200,
  body: publishComplaint(await readComplaint({ complaints: complaintRecords }, actor, params.id), actor),
}));
