import { setTimeout as pause } from 'node:timers/promises';
import { z } from 'zod';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { clock } from '#kernel/adapters/clock';
import { logger } from '#kernel/adapters/observability';
import { stepHandler } from '#kernel/lambda/step-handler';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { deliverPendingMail } from '#mail/use-cases/mail-outbox';
import { requests } from '#requests/adapters/request-records';
import { stepFunctionsWorkflow } from '#requests/adapters/step-functions';
import { deliverOwedCalls } from '#requests/use-cases/task-tokens';

const deps = { records: requests, workflow: stepFunctionsWorkflow, clock };
const mailDeps = { outbox: mailOutbox, transport: sesMailer, clock };

/** While workflow calls stay owed (Step Functions refusing), the run looks again this often. */
const RETRY_MS = 5_000;
/** How long a run keeps looking, within its 60 s timeout; the next run, a minute after this one began, goes on. */
const RUN_BUDGET_MS = 45_000;

/**
 * Runs every minute (the event is the scheduler's and carries nothing the job needs): the
 * workflow calls the records owe, then the mail SES has not taken yet. While calls stay owed it
 * tries them again every five seconds until its budget is spent, so a request recorded while
 * Step Functions was down reaches its workflow seconds after Step Functions answers again, not
 * at the next run. Reports how long the oldest item due had waited (0 when none was due), which
 * the outbox alarm watches.
 */
export const handler = stepHandler(z.unknown(), async () => {
  const started = Date.now();
  let calls = await deliverOwedCalls(deps);
  const mail = await deliverPendingMail(mailDeps);
  const oldest = [calls.oldestSince, mail.oldestPostedAt].filter((at) => at !== undefined).sort()[0];
  businessMetrics.outboxOldestAge(oldest ? (clock.now().getTime() - Date.parse(oldest)) / 1000 : 0);
  if (mail.deferred > 0) logger.warn('mail still waiting for SES', { mail });
  if (mail.undeliverable > 0) logger.error('mail given up after its last attempt', { mail });
  while (!calls.settled && Date.now() - started + RETRY_MS < RUN_BUDGET_MS) {
    await pause(RETRY_MS);
    calls = await deliverOwedCalls(deps);
  }
  if (!calls.settled) logger.warn('workflow calls still owed at the end of the run', { calls });
  return { calls, mail };
});
