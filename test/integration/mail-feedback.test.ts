import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const RUDY = {
  username: 'rudy.kurniawan',
  nip: '197511112000031128',
  email: 'rudy.kurniawan@kotademo.go.id',
};

/**
 * What EventBridge hands the feedback job when SES reports a bounce of the agency's mail, as
 * the configuration set publishes it (the `detail` is SES's own event record).
 */
function bounceEvent(address: string, bounceType: 'Permanent' | 'Transient') {
  return {
    version: '0',
    source: 'aws.ses',
    'detail-type': 'Email Bounced',
    detail: {
      eventType: 'Bounce',
      bounce: {
        bounceType,
        bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
        bouncedRecipients: [{ emailAddress: address, diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
        timestamp: '2026-12-02T03:00:00.000Z',
        feedbackId: 'feedback-1',
      },
      mail: { timestamp: '2026-12-02T02:59:58.000Z', tags: { 'ses:configuration-set': ['local'] } },
    },
  };
}

/** Invokes the job through the local Lambda endpoint, as the EventBridge rule does in AWS. */
async function deliverFeedback(event: unknown): Promise<{ marked: string[] }> {
  const response = await fetch(
    `${stack.urls.stepFunctions}/2015-03-31/functions/record-mail-feedback/invocations`,
    {
      method: 'POST',
      body: JSON.stringify(event),
    },
  );
  expect(response.headers.get('x-amz-function-error')).toBeNull();
  return (await response.json()) as { marked: string[] };
}

describe('SES feedback on the agency’s mail', () => {
  it('marks an account whose address bounced for good, and admins see it in the account list and its history', async () => {
    const created = await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username: RUDY.username, nip: RUDY.nip, roles: ['ASN'] },
    });
    expect(created.status).toBe(201);

    expect(await deliverFeedback(bounceEvent(RUDY.email.toUpperCase(), 'Transient'))).toEqual({ marked: [] });
    expect(await deliverFeedback(bounceEvent(RUDY.email.toUpperCase(), 'Permanent'))).toEqual({
      marked: [RUDY.username],
    });

    const listed = await api.get<{ items: Array<{ username: string; mailDelivery?: unknown }> }>(
      '/accounts?role=ASN',
      { as: 'admin.bkpsdm' },
    );
    expect(listed.body.items.find((account) => account.username === RUDY.username)?.mailDelivery).toEqual({
      status: 'BOUNCED',
      address: RUDY.email.toUpperCase(),
      at: '2026-12-02T03:00:00.000Z',
      detail: 'smtp; 550 5.1.1 user unknown',
    });
    const account = await api.get<{ history: Array<{ action: string; note: string }> }>(
      `/accounts/${RUDY.username}`,
      { as: 'admin.bkpsdm' },
    );
    expect(account.body.history).toContainEqual(
      expect.objectContaining({
        action: 'MAIL_UNDELIVERABLE',
        note: expect.stringContaining('secara permanen'),
      }),
    );
  });
});
