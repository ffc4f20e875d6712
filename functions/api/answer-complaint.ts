import { clock } from '#adapters/clock';
import { complaintRecords } from '#adapters/complaint-records';
import { sesMailer } from '#adapters/ses-mailer';
import { settings } from '#adapters/settings';
import { publishComplaint } from '#domain/complaints';
import { answerComplaint } from '#domain/use-cases/complaints';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { complaints: complaintRecords, mailer: sesMailer, clock, settings };

export const handler = httpRoute(routes.answerComplaint, async ({ actor, params, body }) => ({
  status: 200,
  body: publishComplaint(await answerComplaint(deps, actor, params.id, body), actor),
}));
