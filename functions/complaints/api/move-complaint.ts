import { complaintRecords } from '#complaints/adapters/complaint-records';
import { routes } from '#complaints/api/routes';
import { publishComplaint } from '#complaints/domain/complaints';
import { moveComplaint } from '#complaints/use-cases/complaints';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { outboxMailer } from '#mail/use-cases/mail-outbox';

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
