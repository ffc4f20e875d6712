import { describe, expect, it } from 'vitest';
import { testClock } from '#kit/fakes';
import type { MailMessage, MailOutbox, PendingMail } from '#mail/domain/ports';
import {
  deliverPendingMail,
  MAX_MAIL_ATTEMPTS,
  nextAttemptAt,
  outboxMailer,
} from '#mail/use-cases/mail-outbox';

const MAIL: MailMessage = {
  to: ['siti@example.go.id'],
  subject: 'Permohonan diterima',
  text: 't',
  html: 'h',
};

/** The outbox with the table adapter's rules: once per id, conditional claims, settled mail leaves the queue. */
function memoryOutbox() {
  const kept = new Map<string, { mail: PendingMail; status: 'PENDING' | 'SENT' | 'UNDELIVERABLE' }>();
  const outbox: MailOutbox = {
    async keep(mail) {
      if (kept.has(mail.id)) return false;
      kept.set(mail.id, { mail, status: 'PENDING' });
      return true;
    },
    async listDue(before, limit) {
      return [...kept.values()]
        .filter((entry) => entry.status === 'PENDING' && entry.mail.nextAttemptAt < before)
        .map((entry) => entry.mail)
        .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt))
        .slice(0, limit);
    },
    async claim(mail, at) {
      const entry = kept.get(mail.id);
      if (entry?.status !== 'PENDING' || entry.mail.attempts !== mail.attempts) return false;
      entry.mail = { ...entry.mail, attempts: mail.attempts + 1, nextAttemptAt: at };
      return true;
    },
    async settle(id, outcome) {
      const entry = kept.get(id);
      if (entry) entry.status = outcome;
    },
  };
  return { outbox, status: (id: string) => kept.get(id)?.status, mail: (id: string) => kept.get(id)?.mail };
}

function setup() {
  const clock = testClock('2026-03-02T01:00:00.000Z');
  const store = memoryOutbox();
  const sent: MailMessage[] = [];
  const transport = {
    down: false,
    async send(message: MailMessage) {
      if (transport.down)
        throw Object.assign(new Error('Too many requests'), { name: 'TooManyRequestsException' });
      sent.push(message);
    },
  };
  const deps = { outbox: store.outbox, transport, clock };
  return { deps, store, sent, transport, clock, mailer: outboxMailer(deps) };
}

const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('the mail outbox', () => {
  it('sends a mail at once, and a mail handed over again under its id not a second time', async () => {
    const { mailer, sent, store } = setup();
    await mailer.send('notice:r1:RECEIVED:2', MAIL);
    await mailer.send('notice:r1:RECEIVED:2', MAIL);
    expect(sent).toEqual([MAIL]);
    expect(store.status('notice:r1:RECEIVED:2')).toBe('SENT');
  });

  it('keeps what SES refuses, and the job sends it once, when its next attempt is due', async () => {
    const { deps, mailer, sent, store, transport, clock } = setup();
    transport.down = true;
    const postedAt = clock.now().toISOString();
    await mailer.send('complaint:c1:1:complainant', MAIL);
    expect(sent).toEqual([]);
    expect(store.mail('complaint:c1:1:complainant')).toMatchObject({ attempts: 1 });
    transport.down = false;
    expect(await deliverPendingMail(deps)).toEqual({
      due: 0,
      sent: 0,
      deferred: 0,
      undeliverable: 0,
      taken: 0,
    });
    clock.set(later(clock.now().toISOString(), 1.5));
    // The outbox age metric reads when the oldest mail due was handed over.
    expect(await deliverPendingMail(deps)).toMatchObject({ due: 1, sent: 1, oldestPostedAt: postedAt });
    expect(await deliverPendingMail(deps)).toMatchObject({ due: 0 });
    expect(sent).toEqual([MAIL]);
    expect(store.status('complaint:c1:1:complainant')).toBe('SENT');
  });

  it('sends a mail two deliveries find at once a single time', async () => {
    const { deps, mailer, sent, transport, clock } = setup();
    transport.down = true;
    await mailer.send('escalation:r1:VERIFICATION:t', MAIL);
    transport.down = false;
    clock.set(later(clock.now().toISOString(), 2));
    const [first, second] = await Promise.all([deliverPendingMail(deps), deliverPendingMail(deps)]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(1);
    expect((first?.taken ?? 0) + (second?.taken ?? 0)).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('waits 1, 2, 4 … minutes between attempts, at most an hour, and gives up after the last', async () => {
    const now = new Date('2026-03-02T01:00:00.000Z');
    expect([1, 2, 3, 7, 8, 30].map((attempts) => nextAttemptAt(now, attempts))).toEqual(
      [1, 2, 4, 60, 60, 60].map((minutes) => later(now.toISOString(), minutes)),
    );
    const { deps, mailer, store, transport, clock } = setup();
    transport.down = true;
    await mailer.send('m1', MAIL);
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      clock.set(later(clock.now().toISOString(), 61));
      expect(await deliverPendingMail(deps)).toMatchObject({ deferred: 1 });
    }
    expect(store.mail('m1')).toMatchObject({ attempts: MAX_MAIL_ATTEMPTS });
    clock.set(later(clock.now().toISOString(), 61));
    expect(await deliverPendingMail(deps)).toMatchObject({ undeliverable: 1 });
    expect(store.status('m1')).toBe('UNDELIVERABLE');
  });
});
