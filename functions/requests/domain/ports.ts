import type { Idempotency } from '#kernel/domain/idempotency';
import type { Page, PageQuery } from '#kernel/domain/ports';
import type { AuditLink } from './audit-chain';
import type {
  AuditEvent,
  RequestChange,
  RequestDocument,
  RequestStatus,
  ResumeOutput,
  ServiceRequest,
} from './request';

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
