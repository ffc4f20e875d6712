import type { Employee } from './employee';
import type { AuditEvent, applyChange, RequestDocument, RequestStatus, ServiceRequest } from './request';

/** A page of results and the opaque cursor of the next one. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}

/** Changes a transition may make; everything else on the request stays as it was. */
export type RequestChange = Parameters<typeof applyChange>[1];

/** Service requests, their documents and audit trail (DynamoDB in production). */
export interface RequestRecords {
  /** Stores a new request; with an idempotency key, a repeated create returns the first request. */
  create(request: ServiceRequest, audit: AuditEvent, idempotencyKey?: string): Promise<ServiceRequest>;
  get(id: string): Promise<ServiceRequest | undefined>;
  /**
   * Writes a change and its audit event atomically, if `request.version` is still current
   * (and, when given, the open task still holds `expectedToken`). Otherwise throws ConflictError.
   */
  transition(
    request: ServiceRequest,
    change: RequestChange,
    audit: AuditEvent | undefined,
    expectedToken?: string,
  ): Promise<ServiceRequest>;
  listByApplicant(nip: string, query: PageQuery & { status?: RequestStatus }): Promise<Page<ServiceRequest>>;
  /** Requests waiting in a stage, oldest deadline first. */
  listQueue(status: RequestStatus, query: PageQuery): Promise<Page<ServiceRequest>>;
  putDocument(document: RequestDocument): Promise<void>;
  listDocuments(requestId: string): Promise<RequestDocument[]>;
  listAudit(requestId: string): Promise<AuditEvent[]>;
}

export interface EmployeeRecords {
  get(nip: string): Promise<Employee | undefined>;
  put(employee: Employee): Promise<void>;
}

export interface StoredObject {
  readonly size: number;
  readonly contentType?: string;
}

/** Private object storage for uploads (S3 in production). */
export interface FileStore {
  /** A short-lived URL the client PUTs the file to, bound to its type and size. */
  uploadUrl(key: string, contentType: string, size: number): Promise<string>;
  head(key: string): Promise<StoredObject | undefined>;
}

/** The service-request state machine (Step Functions in production). */
export interface Workflow {
  /** Starts the execution named `name`; starting the same name with the same input again is a no-op. */
  start(name: string, input: object): Promise<string>;
  /** Resumes the step waiting on `token` with `output`. */
  resume(token: string, output: object): Promise<void>;
}

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}
