import { clock } from '#adapters/clock';
import { complaintRecords } from '#adapters/complaint-records';
import { sesMailer } from '#adapters/ses-mailer';
import { settings } from '#adapters/settings';
import { publishComplaint } from '#domain/complaints';
import { moveComplaint } from '#domain/use-cases/complaints';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { complaints: complaintRecords, mailer: sesMailer, clock, settings };

export const handler = httpRoute(routes.moveComplaint, async ({ actor, params, body }) => ({
  status: 200,
  body: publishComplaint(await moveComplaint(deps, actor, params.id, body.status), actor),
}));
