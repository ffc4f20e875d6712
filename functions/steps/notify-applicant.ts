import { z } from 'zod';
import { clock } from '#adapters/clock';
import { logger } from '#adapters/observability';
import { requestRecords } from '#adapters/request-records';
import { sesMailer } from '#adapters/ses-mailer';
import { settings } from '#adapters/settings';
import { composeNotice, NOTICES } from '#domain/notices';
import { stepHandler } from './step';

const records = requestRecords(clock);

export const handler = stepHandler(
  z.object({ requestId: z.uuid(), notice: z.enum(NOTICES) }),
  async ({ requestId, notice }) => {
    const request = await records.get(requestId);
    if (!request) throw new Error(`Request ${requestId} does not exist`);
    const message = composeNotice(notice, request, settings);
    if (!message) {
      logger.warn('applicant has no e-mail address; notice not sent', { requestId, notice });
      return { sent: false };
    }
    await sesMailer.send(message);
    return { sent: true };
  },
);
