import type { ArchivedDocument, IssuedDocument, Revocation } from '#archive/domain/archive';
import type { ArchiveLock } from '#archive/domain/archive-keys';
import type { Complaint, ComplaintStatus } from '#complaints/domain/complaints';
import type { DocumentContent } from '#documents/domain/documents';
import type { Employee } from '#employees/domain/employee';
import type { DownloadFile } from '#files/domain/uploads';
import type { ForceMajeure } from '#force-majeure/domain/force-majeure';
import type { Announcement } from '#information/domain/information';
import type { AuditLink } from '#requests/domain/audit-chain';
import type {
  AuditEvent,
  RequestChange,
  RequestDocument,
  RequestStatus,
  ResumeOutput,
  ServiceRequest,
} from '#requests/domain/request';
import type { Idempotency } from './idempotency';
import type { Role } from './roles';

/** A page of results and the opaque cursor of the next one. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}

export interface RequestFilter {
  readonly status?: RequestStatus;
  readonly serviceType?: string;
}

/**
 * Service requests, their documents and audit trail (DynamoDB in production). Every audit event
 * is sealed onto the request's audit chain (audit-chain.ts) and the request keeps its head.
 */
export interface RequestRecords {
  /**
   * Stores a new request. Under an idempotency key a repeated create returns the first request,
   * and one whose fingerprint differs is refused (`requireSameInput`). A request holding an open
   * slot (`openSlot`) is refused with OpenRequestExistsError while another request holds it; the
   * slot is given back when the request completes or is rejected.
   */
  create(request: ServiceRequest, audit: AuditEvent, idempotency?: Idempotency): Promise<ServiceRequest>;
  get(id: string): Promise<ServiceRequest | undefined>;
  /**
   * Writes a change and its audit event atomically, if `request.version` is still current.
   * Otherwise throws ConflictError.
   */
  transition(
    request: ServiceRequest,
    change: RequestChange,
    audit: AuditEvent | undefined,
  ): Promise<ServiceRequest>;
  /**
   * Takes the next number of `series` in `year` and writes `change(sequence)` to the request, in
   * one transaction: the counter moves only if the request is still at `request.version`
   * (otherwise ConflictError CONCURRENT_UPDATE, and no number is spent).
   */
  numberDocument(
    request: ServiceRequest,
    series: string,
    year: number,
    change: (sequence: number) => RequestChange,
  ): Promise<ServiceRequest>;
  listByApplicant(nip: string, query: PageQuery & RequestFilter): Promise<Page<ServiceRequest>>;
  listByUnit(unit: string, query: PageQuery & RequestFilter): Promise<Page<ServiceRequest>>;
  /** Every request, most recently changed first; by one status when given. */
  listAll(query: PageQuery & RequestFilter): Promise<Page<ServiceRequest>>;
  /** Requests waiting in a queue (a status with an open task), oldest deadline first. */
  listQueue(status: RequestStatus, query: PageQuery): Promise<Page<ServiceRequest>>;
  /** Requests submitted in [from, to) (instants), for reports: a bounded read of the period. */
  listSubmittedBetween(from: string, to: string): Promise<ServiceRequest[]>;
  /** Requests owing a workflow call since before `before`, oldest first. */
  listOutbox(before: string, limit: number): Promise<readonly ServiceRequest[]>;
  putDocument(document: RequestDocument): Promise<void>;
  listDocuments(requestId: string): Promise<RequestDocument[]>;
  listAudit(requestId: string): Promise<AuditEvent[]>;
  /** The audit trail with the seals of its chain, in version order. */
  listAuditChain(requestId: string): Promise<AuditLink[]>;
}

export interface EmployeeRecords {
  get(nip: string): Promise<Employee | undefined>;
  /** The employees among `nips` that exist (at most 100 at a time). */
  getMany(nips: readonly string[]): Promise<Employee[]>;
  put(employee: Employee): Promise<void>;
  putMany(employees: readonly Employee[]): Promise<void>;
  listByUnit(unit: string, query: PageQuery): Promise<Page<Employee>>;
}

/** The index of employees' digital archives (the files lie in the ArchiveStore). */
export interface EmployeeArchive {
  /** Stores an entry; storing the same entry again changes nothing. */
  put(document: ArchivedDocument): Promise<void>;
  get(documentId: string): Promise<ArchivedDocument | undefined>;
  /** The issued document whose file has this SHA-256, if any. */
  findIssued(sha256: string): Promise<IssuedDocument | undefined>;
  /** Records a revocation once; false when the document was revoked already. */
  revoke(documentId: string, revocation: Revocation): Promise<boolean>;
  /** An employee's documents, newest first. */
  list(nip: string, query: PageQuery): Promise<Page<ArchivedDocument>>;
}

/** An import of employee master data from a CSV export, and how far it got. */
export interface ImportJob {
  readonly id: string;
  readonly status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt?: string;
  readonly totalRows: number;
  readonly processedRows: number;
  readonly imported: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** Row-level errors, the first 500. */
  readonly errors: readonly { readonly row: number; readonly column?: string; readonly message: string }[];
  readonly warnings: readonly string[];
  readonly failure?: string;
}

export interface ImportJobs {
  get(id: string): Promise<ImportJob | undefined>;
  /** Creates the job; false when one with this id (the same file) exists already. */
  create(job: ImportJob): Promise<boolean>;
  update(job: ImportJob): Promise<void>;
}

/** Runs background work (an AWS Lambda invoked asynchronously in production). */
export interface JobRunner {
  runImport(id: string): Promise<void>;
}

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

/** Authority to sign a service's documents: the PPK's own, or delegated (Kediri Pasal 11(2)). */
export interface SigningAuthority {
  readonly serviceType: string;
  readonly username: string;
  readonly name: string;
  readonly nip?: string;
  readonly position: string;
  /** The decree that grants it (number and date). */
  readonly basis: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  /** Acting officials: Plt. (pelaksana tugas) or Plh. (pelaksana harian). */
  readonly acting?: 'PLT' | 'PLH';
}

export interface SigningAuthorities {
  forService(serviceType: string): Promise<readonly SigningAuthority[]>;
  put(authority: SigningAuthority): Promise<void>;
  remove(serviceType: string, username: string): Promise<boolean>;
}

/** The satisfaction survey answer of a completed request (PermenPANRB 14/2017). */
export interface SurveyAnswer {
  readonly requestId: string;
  readonly serviceType: string;
  readonly unit: string;
  readonly answeredAt: string;
  readonly scores: readonly number[];
  readonly comment?: string;
}

export interface SurveyRecords {
  /** Stores the answer once; false when the request already has one. */
  save(answer: SurveyAnswer): Promise<boolean>;
  get(requestId: string): Promise<SurveyAnswer | undefined>;
  /** Answers given in [from, to) (instants). */
  listAnsweredBetween(from: string, to: string): Promise<SurveyAnswer[]>;
}

export interface StoredObject {
  readonly size: number;
  readonly contentType?: string;
}

/** Private object storage for uploads (S3 in production). */
export interface FileStore {
  /** A short-lived URL the client PUTs the file to, bound to its type and size. */
  uploadUrl(key: string, contentType: string, size: number): Promise<string>;
  /** A short-lived URL to download one file as an attachment of its checked type (see DownloadFile). */
  downloadUrl(key: string, file: DownloadFile): Promise<string>;
  head(key: string): Promise<StoredObject | undefined>;
  read(key: string): Promise<Uint8Array>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
}

/** The archive of issued documents: versioned and locked (S3 Object Lock in production). */
export interface ArchiveStore {
  /** Stores a document; with `lock`, under Object Lock until its date (issued documents only). */
  put(
    key: string,
    body: Uint8Array,
    contentType: string,
    lock?: ArchiveLock,
  ): Promise<{ readonly sha256: string; readonly size: number }>;
  /** A short-lived URL to download one document as an attachment of its checked type (see DownloadFile). */
  downloadUrl(key: string, file: DownloadFile): Promise<string>;
}

/** A step of the execution history, as auditors read it. */
export interface ExecutionEvent {
  readonly id: number;
  readonly type: string;
  readonly timestamp: string;
  readonly state?: string;
  readonly error?: string;
}

export interface ExecutionHistory {
  readonly executionArn: string;
  readonly status: string;
  readonly startDate: string;
  readonly stopDate?: string;
  readonly events: readonly ExecutionEvent[];
}

/** The service-request state machine (Step Functions in production). */
export interface Workflow {
  /** Starts the execution named `name`; starting the same name with the same input again is a no-op. */
  start(name: string, input: object): Promise<string>;
  /** Resumes the step waiting on `token` with `output`. */
  resume(token: string, output: ResumeOutput): Promise<void>;
  /** The execution named `name`, or undefined when it was never started. */
  history(name: string): Promise<ExecutionHistory | undefined>;
}

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

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

/** Draws a document's content as a PDF. */
export interface DocumentRenderer {
  render(content: DocumentContent): Promise<Uint8Array>;
}

/**
 * The agency's signing key (AWS KMS in production, a key of its own in the local stack).
 * It signs a document's SHA-256 digest and checks signatures made with it.
 */
export interface DocumentSigner {
  /** Signs `digest` (32 bytes); `reference` names the act (document or batch id) where the provider keeps records. */
  sign(digest: Uint8Array, reference: string): Promise<{ keyId: string; signature: Uint8Array }>;
  /**
   * After an attempt whose outcome is unknown: the signature the provider holds for `reference`,
   * if it keeps any. A provider that keeps none (KMS) answers undefined: nothing was recorded, so
   * signing again is the only way on and has no other effect.
   */
  recover(reference: string): Promise<{ keyId: string; signature: Uint8Array } | undefined>;
  verify(digest: Uint8Array, signature: Uint8Array, keyId: string): Promise<boolean>;
  /** The public key of `keyId`, PEM (SPKI), for anyone to check signatures offline. */
  publicKey(keyId: string): Promise<string>;
}

/** A signing act in progress or done, keyed by the digest it signs (signing is idempotent per digest). */
export interface SigningRecord {
  readonly sha256: string;
  readonly reference: string;
  readonly status: 'PENDING' | 'SIGNED';
  readonly startedAt: string;
  readonly keyId?: string;
  /** base64 DER */
  readonly signature?: string;
  readonly signedAt?: string;
}

export interface SigningLedger {
  /** The record of `sha256`, creating it PENDING if there is none. */
  begin(sha256: string, reference: string, at: string): Promise<{ record: SigningRecord; created: boolean }>;
  complete(record: SigningRecord): Promise<void>;
  get(sha256: string): Promise<SigningRecord | undefined>;
}

/**
 * A signer's bulk-signing act (Kediri Pasal 11): the manifest of the drafts they reviewed, by
 * digest. The signing function signs the manifest with the agency's key once, when it issues the
 * batch's first document (the ledger holds that signature), and each document at its issuance.
 */
export interface SigningBatch {
  readonly id: string;
  readonly signedBy: string;
  readonly signerName?: string;
  readonly createdAt: string;
  /** The canonical JSON that was signed, and its SHA-256. */
  readonly manifest: string;
  readonly sha256: string;
  readonly items: ReadonlyArray<{
    readonly requestId: string;
    readonly sha256: string;
    readonly result: 'PENDING' | 'SIGNED' | 'SKIPPED';
    readonly reason?: string;
  }>;
}

export interface SigningBatches {
  put(batch: SigningBatch): Promise<void>;
  get(id: string): Promise<SigningBatch | undefined>;
}

/** The agency's announcements: a few hundred at most, listed whole. */
export interface Announcements {
  put(announcement: Announcement): Promise<void>;
  get(id: string): Promise<Announcement | undefined>;
  /** False when there was none. */
  remove(id: string): Promise<boolean>;
  list(): Promise<Announcement[]>;
}

/** Complaints and their answers (DynamoDB in production). */
export interface ComplaintRecords {
  /** Stores a new complaint; false when one with its id exists already (a retried filing). */
  create(complaint: Complaint): Promise<boolean>;
  get(id: string): Promise<Complaint | undefined>;
  /** Writes `complaint` if the stored one is still at `complaint.version - 1`; otherwise ConflictError. */
  update(complaint: Complaint): Promise<void>;
  listByComplainant(username: string, query: PageQuery): Promise<Page<Complaint>>;
  /** Every complaint in one status, latest change first. */
  listByStatus(status: ComplaintStatus, query: PageQuery): Promise<Page<Complaint>>;
  /** Open complaints past `before` not yet flagged overdue, oldest deadline first. */
  listDue(before: string, limit: number): Promise<readonly Complaint[]>;
}

/** Force-majeure periods: a handful in an agency's life, listed whole. */
export interface ForceMajeurePeriods {
  put(period: ForceMajeure): Promise<void>;
  get(id: string): Promise<ForceMajeure | undefined>;
  list(): Promise<ForceMajeure[]>;
  /** Removes a period recorded ahead that was withdrawn before it began. */
  remove(id: string): Promise<void>;
}
