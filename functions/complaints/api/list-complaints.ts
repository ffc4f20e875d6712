import { complaintRecords } from '#complaints/adapters/complaint-records';
import { routes } from '#complaints/api/routes';
import { publishComplaint } from '#complaints/domain/complaints';
import { listComplaints } from '#complaints/use-cases/complaints';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.listComplaints, async ({ actor, query }) => {
  const page = await listComplaints({ complaints: complaintRecords }, actor, {
    scope: query.scope,
    status: query.status,
    limit: query.limit,
    ...(query.cursor && { cursor: query.cursor }),
  });
  return {
    status: 200,
    body: {
      items: page.items.map((complaint) => publishComplaint(complaint, actor)),
      ...(page.cursor && { cursor: page.cursor }),
    },
  };
});
