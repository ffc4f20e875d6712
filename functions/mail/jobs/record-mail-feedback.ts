import { z } from 'zod';
import { accountDirectory, accountHistory, accountsByEmail } from '#accounts/adapters/directory-records';
import { logger } from '#kernel/adapters/observability';
import { stepHandler } from '#kernel/lambda/step-handler';
import { type MailFeedback, recordMailFeedback } from '#mail/use-cases/mail-feedback';

const deps = { accounts: accountDirectory, byEmail: accountsByEmail, history: accountHistory };

const recipient = z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() });

/** The SES event the configuration set publishes to EventBridge, as much of it as the job reads. */
const sesEvent = z.object({
  detail: z.discriminatedUnion('eventType', [
    z.object({
      eventType: z.literal('Bounce'),
      bounce: z.object({
        bounceType: z.string(),
        bouncedRecipients: z.array(recipient),
        timestamp: z.string(),
      }),
    }),
    z.object({
      eventType: z.literal('Complaint'),
      complaint: z.object({ complainedRecipients: z.array(recipient), timestamp: z.string() }),
    }),
  ]),
});

function feedbackOf(detail: z.output<typeof sesEvent>['detail']): MailFeedback {
  const recipients = (list: ReadonlyArray<z.output<typeof recipient>>) =>
    list.map((each) => ({
      address: each.emailAddress,
      ...(each.diagnosticCode && { detail: each.diagnosticCode }),
    }));
  return detail.eventType === 'Bounce'
    ? {
        kind: 'BOUNCE',
        bounceType: detail.bounce.bounceType,
        recipients: recipients(detail.bounce.bouncedRecipients),
        at: new Date(detail.bounce.timestamp).toISOString(),
      }
    : {
        kind: 'COMPLAINT',
        recipients: recipients(detail.complaint.complainedRecipients),
        at: new Date(detail.complaint.timestamp).toISOString(),
      };
}

/**
 * Runs on each bounce and complaint SES reports for the agency's configuration set (an
 * EventBridge rule): marks the accounts whose address SES gave up on, for admins to see.
 */
export const handler = stepHandler(sesEvent, async ({ detail }) => {
  const marked = await recordMailFeedback(deps, feedbackOf(detail));
  if (marked.length > 0) logger.warn('accounts whose mail no longer arrives', { marked: marked.length });
  return { marked };
});
