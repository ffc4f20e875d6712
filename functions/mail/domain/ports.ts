export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}
/** Sends one mail now (SES in production); throws when the service does not take it. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}
/**
 * Mail handed over for delivery. It is kept under `id` until the transport takes it, so an outage
 * loses nothing; handing the same id over again changes nothing.
 */
export interface Mailer {
  send(id: string, message: MailMessage): Promise<void>;
}
/** A mail kept in the outbox until it is sent. */
export interface PendingMail {
  readonly id: string;
  readonly message: MailMessage;
  readonly postedAt: string;
  /** Attempts taken so far. */
  readonly attempts: number;
  /** When the next attempt may start; an attempt that never finished makes the mail due again then. */
  readonly nextAttemptAt: string;
}
/** The mail outbox (the single table in production). */
export interface MailOutbox {
  /** Keeps a new mail; false when its id is known already (pending, sent or given up). */
  keep(mail: PendingMail): Promise<boolean>;
  /** Pending mail whose next attempt was due before `before`, the longest due first. */
  listDue(before: string, limit: number): Promise<readonly PendingMail[]>;
  /**
   * Takes the next attempt: counts it and sets when the one after may start, unless another
   * sender took one since `mail` was read (then false).
   */
  claim(mail: PendingMail, nextAttemptAt: string): Promise<boolean>;
  /** The mail leaves the queue, sent or given up; its id stays known. */
  settle(id: string, outcome: 'SENT' | 'UNDELIVERABLE', at: string): Promise<void>;
}
