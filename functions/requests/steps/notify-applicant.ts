import { z } from 'zod';
import { logger } from '#kernel/adapters/observability';
import { stepHandler } from '#kernel/lambda/step-handler';
import { mailOutbox } from '#mail/adapters/mail-outbox';
import { sesMailer } from '#mail/adapters/ses-mailer';
import { outboxMailer } from '#mail/use-cases/mail-outbox';
import { NOTICES } from '#requests/domain/notices';
import { notifyApplicant } from '#requests/use-cases/notify-applicant';
import { stepDeps } from './deps';

const deps = {
  ...stepDeps,
  mailer: outboxMailer({ outbox: mailOutbox, transport: sesMailer, clock: stepDeps.clock }),
};

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), notice: z.enum(NOTICES), eventId: z.string().min(1).max(100) }),
  async ({ requestId, notice, eventId }) => {
    const result = await notifyApplicant(deps, { requestId, notice, eventId });
    if (!result.sent) logger.warn('applicant has no e-mail address; notice not sent', { requestId, notice });
    return result;
  },
);
