import { z } from 'zod';
import { logger } from '#adapters/observability';
import { sesMailer } from '#adapters/ses-mailer';
import { composeNotice, NOTICES } from '#domain/notices';
import { stepDeps } from './deps';
import { stepHandler } from './step';

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
    await sesMailer.send(message);
    return { sent: true };
  },
);
