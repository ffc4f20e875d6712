import type { Clock } from '#kernel/domain/ports';
import type { Mailer, MailOutbox, MailTransport, PendingMail } from '#mail/domain/ports';

export interface MailDeps {
  readonly outbox: MailOutbox;
  readonly transport: MailTransport;
  readonly clock: Clock;
}

/** Attempts a mail gets before it is given up: with the waits below, a little over a day. */
export const MAX_MAIL_ATTEMPTS = 30;
const FIRST_WAIT_MS = 60_000;
const LONGEST_WAIT_MS = 3_600_000;

/** When the attempt after the `attempts`-th may start: 1, 2, 4 … minutes later, at most an hour. */
export function nextAttemptAt(now: Date, attempts: number): string {
  const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (attempts - 1));
  return new Date(now.getTime() + wait).toISOString();
}

type Outcome = 'sent' | 'deferred' | 'undeliverable' | 'taken';

/**
 * One attempt at a kept mail. The attempt is claimed first: the claim counts it and sets when the
 * next may start, so two senders never make the same attempt, and a sender that stops half-way
 * leaves the mail due again. A mail the transport refuses waits for its next attempt. SES takes
 * no idempotency key: a mail it took is sent again only if recording that fails (at least once).
 */
async function attempt(deps: MailDeps, mail: PendingMail): Promise<Outcome> {
  const now = deps.clock.now();
  if (mail.attempts >= MAX_MAIL_ATTEMPTS) {
    await deps.outbox.settle(mail.id, 'UNDELIVERABLE', now.toISOString());
    return 'undeliverable';
  }
  if (!(await deps.outbox.claim(mail, nextAttemptAt(now, mail.attempts + 1)))) return 'taken';
  try {
    await deps.transport.send(mail.message);
  } catch {
    return 'deferred';
  }
  await deps.outbox.settle(mail.id, 'SENT', deps.clock.now().toISOString());
  return 'sent';
}

/**
 * The mailer the use cases hand mail to: each mail is kept in the outbox under its id, then sent
 * at once; what the transport refuses, the outbox job sends later (deliverPendingMail).
 */
export function outboxMailer(deps: MailDeps): Mailer {
  return {
    async send(id, message) {
      const now = deps.clock.now().toISOString();
      const mail: PendingMail = { id, message, postedAt: now, attempts: 0, nextAttemptAt: now };
      if (await deps.outbox.keep(mail)) await attempt(deps, mail);
    },
  };
}

/**
 * The outbox job's share of mail: every pending mail now due gets its next attempt, the longest
 * due first. `oldestPostedAt` is when the oldest of them was handed over (for the outbox age metric).
 */
export async function deliverPendingMail(deps: MailDeps, limit = 50) {
  const due = await deps.outbox.listDue(deps.clock.now().toISOString(), limit);
  const outcomes: Record<Outcome, number> = { sent: 0, deferred: 0, undeliverable: 0, taken: 0 };
  for (const mail of due) outcomes[await attempt(deps, mail)] += 1;
  const oldestPostedAt = due.map((mail) => mail.postedAt).sort()[0];
  return { due: due.length, ...outcomes, ...(oldestPostedAt && { oldestPostedAt }) };
}
