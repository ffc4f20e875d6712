import { z } from 'zod';
import { businessMetrics } from '#adapters/business-metrics';
import { clock } from '#adapters/clock';
import { mailOutbox } from '#adapters/mail-outbox';
import { logger } from '#adapters/observability';
import { requests } from '#adapters/request-records';
import { sesMailer } from '#adapters/ses-mailer';
import { stepFunctionsWorkflow } from '#adapters/step-functions';
import { deliverOwedCalls } from '#domain/use-cases/deliver-outbox';
import { deliverPendingMail } from '#domain/use-cases/mail-outbox';
import { stepHandler } from '#steps/step';

const deps = { records: requests, workflow: stepFunctionsWorkflow, clock };
const mailDeps = { outbox: mailOutbox, transport: sesMailer, clock };

/**
 * Runs on a schedule (the event is the scheduler's and carries nothing the job needs): the
 * workflow calls the records owe, then the mail SES has not taken yet. Reports how long the
 * oldest item due had waited (0 when none was due), which the outbox alarm watches.
 */
export const handler = stepHandler(z.unknown(), async () => {
  const calls = await deliverOwedCalls(deps);
  const mail = await deliverPendingMail(mailDeps);
  const oldest = [calls.oldestSince, mail.oldestPostedAt].filter((at) => at !== undefined).sort()[0];
  businessMetrics.outboxOldestAge(oldest ? (clock.now().getTime() - Date.parse(oldest)) / 1000 : 0);
  if (mail.deferred > 0) logger.warn('mail still waiting for SES', { mail });
  if (mail.undeliverable > 0) logger.error('mail given up after its last attempt', { mail });
  return { calls, mail };
});
