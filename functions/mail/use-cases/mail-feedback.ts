import type { AccountDirectory, AccountHistory, AccountsByEmail, MailDeliveryProblem } from '#accounts';

export interface MailFeedbackDeps {
  readonly accounts: AccountDirectory;
  readonly byEmail: AccountsByEmail;
  readonly history: AccountHistory;
}

/** What SES reported about mail the agency sent: a bounce or a complaint, for some recipients. */
export interface MailFeedback {
  readonly kind: 'BOUNCE' | 'COMPLAINT';
  /** For a bounce: SES's bounce type. Only a permanent one says the address is wrong. */
  readonly bounceType?: string;
  readonly recipients: ReadonlyArray<{ readonly address: string; readonly detail?: string }>;
  readonly at: string;
}

/** Who records the mark in an account's history: SES, through the stack's feedback rule. */
const REPORTER = 'sistem (umpan balik SES)';

/**
 * Marks every account using an address SES gave up on: a permanent bounce (the mailbox does not
 * exist) or a complaint (the owner marked the mail as spam). SES suppresses such an address from
 * then on, so the mark is what tells an admin that invitations and notices no longer arrive.
 * Transient bounces (a full mailbox) mark nothing. Marking again changes nothing.
 * @returns the usernames marked
 */
export async function recordMailFeedback(deps: MailFeedbackDeps, feedback: MailFeedback): Promise<string[]> {
  if (feedback.kind === 'BOUNCE' && feedback.bounceType !== 'Permanent') return [];
  const status = feedback.kind === 'BOUNCE' ? 'BOUNCED' : 'COMPLAINED';
  const marked: string[] = [];
  for (const recipient of feedback.recipients) {
    const problem: MailDeliveryProblem = {
      status,
      address: recipient.address,
      at: feedback.at,
      ...(recipient.detail && { detail: recipient.detail.slice(0, 500) }),
    };
    for (const username of await deps.byEmail.usernamesFor(recipient.address)) {
      const account = await deps.accounts.get(username);
      if (!account || account.email?.toLowerCase() !== recipient.address.toLowerCase()) continue;
      if (account.mailDelivery?.status === status && account.mailDelivery.at === feedback.at) continue;
      await deps.accounts.put({ ...account, mailDelivery: problem });
      await deps.history.record({
        username,
        at: feedback.at,
        by: REPORTER,
        action: 'MAIL_UNDELIVERABLE',
        note:
          status === 'BOUNCED'
            ? `Surel ke ${recipient.address} ditolak server penerima secara permanen; SES tidak lagi mengirim ke alamat ini.`
            : `Pemilik ${recipient.address} menandai surel sebagai spam; SES tidak lagi mengirim ke alamat ini.`,
      });
      marked.push(username);
    }
  }
  return marked;
}
