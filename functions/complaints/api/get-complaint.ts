import { complaintRecords } from '#complaints/adapters/complaint-records';
import { routes } from '#complaints/api/routes';
import { publishComplaint } from '#complaints/domain/complaints';
import { readComplaint } from '#complaints/use-cases/complaints';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.getComplaint, async ({ actor, params }) => ({
  status: 200,
  body: publishComplaint(await readComplaint({ complaints: complaintRecords }, actor, params.id), actor),
}));
