import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { requireEnv } from '#kernel/adapters/env';
import { tracer } from '#kernel/adapters/observability';
import { settings } from '#kernel/adapters/settings';
import { RESOURCE_ENV } from '#kernel/resources';
import type { MailTransport } from '#mail/domain/ports';

const configurationSet = requireEnv(RESOURCE_ENV.mail);
const ses = tracer.captureAWSv3Client(new SESv2Client({}));

/**
 * Sends through SES at once; mail reaches it through the outbox (use-cases/mail-outbox), which
 * retries. Each refusal counts in the MailsFailed metric.
 */
export const sesMailer: MailTransport = {
  async send(message) {
    const command = new SendEmailCommand({
      FromEmailAddress: `${settings.agency.name} <${settings.mail.sender}>`,
      ...(settings.mail.replyTo && { ReplyToAddresses: [settings.mail.replyTo] }),
      Destination: { ToAddresses: [...message.to] },
      ConfigurationSetName: configurationSet,
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: message.text, Charset: 'UTF-8' },
            Html: { Data: message.html, Charset: 'UTF-8' },
          },
        },
      },
    });
    try {
      await ses.send(command);
    } catch (error) {
      businessMetrics.mailFailed();
      throw error;
    }
  },
};
