import { clock } from '#adapters/clock';
import { complaintRecords } from '#adapters/complaint-records';
import { mailOutbox } from '#adapters/mail-outbox';
import { sesMailer } from '#adapters/ses-mailer';
import { settings } from '#adapters/settings';
import { publishComplaint } from '#domain/complaints';
import { moveComplaint } from '#domain/use-cases/complaints';
import { outboxMailer } from '#domain/use-cases/mail-outbox';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = {
  complaints: complaintRecords,
  mailer: outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock }),
  clock,
  settings,
};

export const handler = httpRoute(routes.moveComplaint, async ({ actor, params, body }) => ({
  status: 200,
  body: publishComplaint(await moveComplaint(deps, actor, params.id, body.status), actor),
}));
