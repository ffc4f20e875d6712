import { z } from 'zod';
import { accountDirectory } from '#accounts/adapters/directory-records';
import { complaintRecords } from '#complaints/adapters/complaint-records';
import { escalateOverdueComplaints } from '#complaints/use-cases/complaints';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { stepHandler } from '#kernel/lambda/step-handler';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { outboxMailer } from '#mail/use-cases/mail-outbox';

const deps = {
  complaints: complaintRecords,
  accounts: accountDirectory,
  mailer: outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock }),
  clock,
  settings,
};

/** Runs on a schedule; the event is the scheduler's and carries nothing the job needs. */
export const handler = stepHandler(z.unknown(), () => escalateOverdueComplaints(deps));
