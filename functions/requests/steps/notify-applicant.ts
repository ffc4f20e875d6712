import { z } from 'zod';
import { logger } from '#kernel/adapters/observability';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { outboxMailer } from '#mail/use-cases/mail-outbox';
import { composeNotice, NOTICES } from '#requests/domain/notices';
import { stepDeps } from './deps';
import { stepHandler } from './step';

const mailer = outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock: stepDeps.clock });

/**
 * Hands the applicant's notice over to the mail outbox, once per notice and version of the
 * request: a retried step changes nothing, and SES being down only delays the mail.
 */
export const handler = stepHandler(
  z.object({ requestId: z.uuid(), notice: z.enum(NOTICES) }),
  async ({ requestId, notice }) => {
    const request = await stepDeps.records.get(requestId);
    if (!request) throw new Error(`Request ${requestId} does not exist`);
    const message = composeNotice(notice, request, stepDeps.settings);
    if (!message) {
      logger.warn('applicant has no e-mail address; notice not sent', { requestId, notice });
      return { sent: false };
    }
    await mailer.send(`notice:${requestId}:${notice}:${request.version}`, message);
    return { sent: true };
  },
);
