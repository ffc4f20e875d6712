import { z } from 'zod';
import { clock } from '#adapters/clock';
import { complaintRecords } from '#adapters/complaint-records';
import { accountDirectory } from '#adapters/directory-records';
import { mailOutbox } from '#adapters/mail-outbox';
import { sesMailer } from '#adapters/ses-mailer';
import { settings } from '#adapters/settings';
import { escalateOverdueComplaints } from '#domain/use-cases/complaints';
import { outboxMailer } from '#domain/use-cases/mail-outbox';
import { stepHandler } from '#steps/step';

const deps = {
  complaints: complaintRecords,
  accounts: accountDirectory,
  mailer: outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock }),
  clock,
  settings,
};

/** Runs on a schedule; the event is the scheduler's and carries nothing the job needs. */
export const handler = stepHandler(z.unknown(), () => escalateOverdueComplaints(deps));
