import type { Role } from '#kernel/domain/roles';

/** An account's entry in the directory the workflow reads (who holds which role, and their address). */
export interface Account {
  readonly username: string;
  readonly name: string;
  readonly email?: string;
  readonly nip?: string;
  readonly unit?: string;
  /** The division (bidang) a validating official works for (settings.divisions). */
  readonly division?: string;
  readonly roles: readonly Role[];
  /** A disabled account cannot sign in (Kediri Pasal 5(3): accounts are managed by agency admins). */
  readonly disabled?: true;
  /**
   * Mail to the account's address bounced for good, or its owner marked it as spam: SES now
   * suppresses that address, so admins see it and correct the address or ask the owner.
   */
  readonly mailDelivery?: MailDeliveryProblem;
}
/** Why mail no longer reaches an address, as SES reported it. */
export interface MailDeliveryProblem {
  readonly status: 'BOUNCED' | 'COMPLAINED';
  readonly address: string;
  /** When SES reported it. */
  readonly at: string;
  /** The receiving server's words, for a bounce. */
  readonly detail?: string;
}
/** The accounts that use an address (an address may serve more than one). */
export interface AccountsByEmail {
  usernamesFor(email: string): Promise<readonly string[]>;
}
export interface AccountDirectory {
  get(username: string): Promise<Account | undefined>;
  listByRole(role: Role): Promise<readonly Account[]>;
  put(account: Account): Promise<void>;
}
/** One act of account administration, kept for auditors. */
export interface AccountEvent {
  readonly username: string;
  readonly at: string;
  readonly by: string;
  readonly action:
    | 'CREATED'
    | 'PASSWORD_RESET'
    | 'DISABLED'
    | 'ENABLED'
    | 'ROLES_CHANGED'
    | 'MAIL_UNDELIVERABLE';
  readonly note?: string;
}
export interface AccountHistory {
  record(event: AccountEvent): Promise<void>;
  list(username: string): Promise<readonly AccountEvent[]>;
}
/**
 * Where accounts sign in (Cognito in AWS): it mails a new account its temporary password,
 * resets passwords, disables and enables sign-in, and keeps groups and attributes in step with
 * the account's roles, NIP and unit.
 */
export interface IdentityProvider {
  create(account: Account): Promise<void>;
  resetPassword(account: Account): Promise<void>;
  setEnabled(username: string, enabled: boolean): Promise<void>;
  update(account: Account, previous: Account): Promise<void>;
}
