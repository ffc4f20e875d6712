import type { RequestPlan, SignatureMode, VerifiedFacts } from '#catalog';
import { ConflictError } from '#kernel/domain/errors';
import type { Role } from '#kernel/domain/roles';
import { type Sla, STAGES, type Stage } from '#kernel/domain/stages';

export const REQUEST_STATUSES = [
  'DRAFT',
  'AWAITING_VERIFICATION',
  'DEFICIENT',
  'AWAITING_SUPERVISOR_VALIDATION',
  'AWAITING_ADMINISTRATOR_VALIDATION',
  'AWAITING_SIGNATURE',
  'AWAITING_SURVEY',
  'READY_FOR_HANDOVER',
  'COMPLETED',
  'REJECTED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Labels close to the national personnel agency's vocabulary, so employees read one language. */
export const STATUS_LABELS: Record<RequestStatus, string> = {
  DRAFT: 'Draf',
  AWAITING_VERIFICATION: 'Menunggu Verifikasi',
  DEFICIENT: 'Perlu Perbaikan',
  AWAITING_SUPERVISOR_VALIDATION: 'Menunggu Validasi Pejabat Pengawas',
  AWAITING_ADMINISTRATOR_VALIDATION: 'Menunggu Validasi Pejabat Administrator',
  AWAITING_SIGNATURE: 'Menunggu Tanda Tangan',
  AWAITING_SURVEY: 'Menunggu Pengisian Survei',
  READY_FOR_HANDOVER: 'Siap Diserahkan',
  COMPLETED: 'Selesai',
  REJECTED: 'Tidak Memenuhi Syarat',
};

export const TERMINAL_STATUSES: ReadonlySet<RequestStatus> = new Set(['COMPLETED', 'REJECTED']);

/**
 * Every point where the workflow waits for a person: the official stages, the applicant
 * completing deficient documents, the applicant answering the survey, and the handover.
 */
export const WAITS = [...STAGES, 'COMPLETION', 'SURVEY', 'HANDOVER'] as const;
export type Wait = (typeof WAITS)[number];

interface WaitRule {
  readonly status: RequestStatus;
  readonly label: string;
  /** The role that works it from a queue (official stages, and staff for physical handover). */
  readonly role?: Role;
  /** The service level that bounds it, in working days. */
  readonly sla?: keyof Sla;
}

export const WAIT_RULES: Record<Wait, WaitRule> = {
  VERIFICATION: {
    status: 'AWAITING_VERIFICATION',
    role: 'VERIFIER',
    sla: 'verification',
    label: 'Verifikasi administrasi',
  },
  SUPERVISOR_VALIDATION: {
    status: 'AWAITING_SUPERVISOR_VALIDATION',
    role: 'SUPERVISOR',
    sla: 'supervisorValidation',
    label: 'Validasi pejabat pengawas',
  },
  ADMINISTRATOR_VALIDATION: {
    status: 'AWAITING_ADMINISTRATOR_VALIDATION',
    role: 'ADMINISTRATOR',
    sla: 'administratorValidation',
    label: 'Validasi pejabat administrator',
  },
  SIGNING: { status: 'AWAITING_SIGNATURE', role: 'SIGNER', sla: 'signing', label: 'Penandatanganan' },
  COMPLETION: { status: 'DEFICIENT', sla: 'deficiencyWindow', label: 'Perbaikan dokumen oleh pemohon' },
  SURVEY: { status: 'AWAITING_SURVEY', label: 'Pengisian survei kepuasan' },
  HANDOVER: { status: 'READY_FOR_HANDOVER', role: 'VERIFIER', label: 'Penyerahan dokumen' },
};

/** The wait each waiting status stands for: the status a request shows while the workflow waits there. */
export const STATUS_WAIT: Partial<Record<RequestStatus, Wait>> = Object.fromEntries(
  WAITS.map((wait) => [WAIT_RULES[wait].status, wait]),
);

/**
 * Whether a person may act on `wait` now: the request shows its status, the workflow has opened
 * it (its task is in the queue) and owes nothing to the workflow. An act between the opening and
 * the workflow's callback token is kept and taken up when the workflow starts waiting.
 */
export function waitOpen(request: ServiceRequest, wait: Wait): boolean {
  return request.status === WAIT_RULES[wait].status && request.task?.stage === wait && !request.outbox;
}

/**
 * Whether the system still has work in hand on the request: a recorded change the workflow has
 * not yet taken up, a wait not yet opened (its task not in the queue, its callback not yet
 * recorded), or a rejection letter not yet issued. While it is, a person's act on the request's
 * current wait is refused with 409 PROCESSING; once it is not, every act the request shows is open.
 */
export function isProcessing(request: ServiceRequest): boolean {
  if (request.outbox) return true;
  if (request.manual) return false;
  const wait = STATUS_WAIT[request.status];
  if (wait) return !(request.task?.stage === wait && request.task.token !== undefined);
  return request.status === 'REJECTED' && !request.output;
}

export function isStage(wait: Wait): wait is Stage {
  return (STAGES as readonly string[]).includes(wait);
}

/** Waits whose queue a role works: its stages, and for verifiers the physical handovers. */
export function waitsOfRole(roles: readonly Role[]): Wait[] {
  return WAITS.filter((wait) => {
    const role = WAIT_RULES[wait].role;
    return role !== undefined && roles.includes(role);
  });
}

/** Where the workflow goes next; its Choice states branch on these (statemachines/service-request.asl.json). */
export const ROUTES = [
  ...STAGES,
  'DEFICIENCY',
  'REJECTION',
  'ISSUANCE',
  'EXTENSION',
  'HANDOVER',
  'COMPLETE',
] as const;
export type Route = (typeof ROUTES)[number];

export interface Applicant {
  readonly nip: string;
  readonly name: string;
  readonly unit: string;
  readonly email?: string;
  /** The applicant's agency when it is not this one (Gorontalo Pasal 3(2)). */
  readonly agency?: string;
}

/** The wait the workflow is in, with the callback that resumes it. */
export interface OpenTask {
  readonly stage: Wait;
  readonly openedAt: string;
  /** The service level (official stages) or the deficiency deadline (completion). */
  readonly dueAt?: string;
  readonly overdue: boolean;
  /** Step Functions task token; present once the workflow waits. Never published. */
  readonly token?: string;
}

/**
 * What the workflow is told when a wait ends: where to go, and who decided when. Never a note or
 * anything of the applicant: it is kept in the execution history (the audit trail keeps notes).
 */
export interface ResumeOutput {
  readonly stage: Wait;
  readonly route: Route;
  readonly outcome?: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

/**
 * A workflow call the record owes: written in the same transaction as the change that needs
 * it, removed once delivered. Whoever comes first delivers it: the API call itself, the
 * workflow's next wait, or the scheduled outbox delivery.
 */
export type Outbox =
  | { readonly kind: 'START'; readonly since: string }
  | {
      readonly kind: 'RESUME';
      readonly since: string;
      readonly stage: Wait;
      readonly output: ResumeOutput;
      readonly token?: string;
    };

/** Who holds a request in a work queue. */
export interface Claim {
  readonly username: string;
  readonly name?: string;
  readonly email?: string;
  readonly at: string;
  /** The supervisor who assigned it, when it was assigned rather than claimed. */
  readonly assignedBy?: string;
}

export interface DeficiencyItem {
  readonly requirementCode: string;
  readonly reason: string;
}

export interface Extension {
  readonly requestedAt: string;
  readonly requestedBy: string;
  readonly reason: string;
  readonly requestedDays: number;
  readonly decision?: {
    readonly granted: boolean;
    readonly days?: number;
    readonly decidedBy: string;
    readonly decidedAt: string;
    readonly note?: string;
  };
}

/** Documents found deficient at verification, and until when the applicant may complete them. */
export interface Deficiency {
  readonly items: readonly DeficiencyItem[];
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly dueAt: string;
  readonly extension?: Extension;
}

export interface Rejection {
  readonly reason: string;
  readonly stage: Wait;
  readonly decidedBy: string;
  readonly decidedAt: string;
  /** Rejected by the system because deficient documents were not completed in time (Kediri Pasal 9(2)). */
  readonly automatic: boolean;
}

export interface Signature {
  readonly mode: SignatureMode;
  readonly signedBy: string;
  readonly signedAt: string;
  readonly signerName?: string;
  readonly signerNip?: string;
  readonly position?: string;
  /** Signed by an acting official in the principal's place (Plt./Plh.). */
  readonly acting?: 'PLT' | 'PLH';
  /** The decree granting the signer's authority. */
  readonly basis?: string;
}

/** A service handled on paper during force majeure and entered afterwards (Kediri Pasal 18). */
export interface ManualEntry {
  readonly forceMajeureId: string;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

/**
 * A document number taken from its series' sequence, with the id of the document that will
 * carry it: reserved once per request, in the same write as the counter (no gaps, no doubles).
 */
export interface Issuance {
  readonly documentId: string;
  readonly series: string;
  readonly year: number;
  readonly sequence: number;
  readonly number: string;
  readonly numberedAt: string;
}

/** The wet-signed scan staff upload before the signing decision (WET mode, Kediri Pasal 12b). */
export interface SignedScan {
  /** Where it is uploaded; once the signer declares it signed, the frozen copy's key. */
  readonly key: string;
  /** Set when frozen at the signing decision: the digest of the bytes that are issued. */
  readonly sha256?: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
  readonly uploadedBy: string;
  readonly registeredAt: string;
}

export const OUTPUT_KINDS = ['ISSUED', 'REJECTION_LETTER', 'DRAFT_FOR_SIGNATURE'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** A document the agency produced for the request, kept in the archive bucket. */
export interface OutputDocument {
  readonly documentId: string;
  readonly kind: OutputKind;
  readonly key: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
  readonly sha256: string;
  readonly createdAt: string;
}

export interface Handover {
  readonly mode: 'ELECTRONIC' | 'PHYSICAL';
  readonly at: string;
  readonly by: string;
  readonly recipientName?: string;
  readonly note?: string;
}

export interface ServiceRequest {
  readonly id: string;
  readonly serviceType: string;
  readonly status: RequestStatus;
  readonly applicant: Applicant;
  /** Username of the account that created the request (the ASN, or a unit admin for them). */
  readonly createdBy: string;
  readonly details: unknown;
  /** Eligibility notes found at registration, for the verifier to weigh. */
  readonly notes?: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt?: string;
  readonly completedAt?: string;
  /** Optimistic-lock counter: every write checks and increments it. */
  readonly version: number;
  /** The hash of its latest audit event, the head of its audit chain (audit-chain.ts); set by the records. */
  readonly auditHead?: string;
  readonly plan?: RequestPlan;
  readonly task?: OpenTask;
  /** Every passage through a wait, in order (see timeline.ts). */
  readonly stages?: readonly StageRecord[];
  readonly outbox?: Outbox;
  readonly claim?: Claim;
  readonly deficiency?: Deficiency;
  /** What the verifier fixed on accepting (KGB: the raise and its new salary), for the document. */
  readonly verified?: VerifiedFacts;
  readonly rejection?: Rejection;
  readonly signedScan?: SignedScan;
  readonly signature?: Signature;
  /** The number and id reserved for the document this request issues (once, reused on every retry). */
  readonly issuance?: Issuance;
  /** Set on a service handled manually during force majeure and entered afterwards. */
  readonly manual?: ManualEntry;
  /** The force-majeure periods whose extension its deadline received, each once. */
  readonly extendedFor?: readonly string[];
  /** The bulk-signing manifest the signer approved this request in. */
  readonly signingBatchId?: string;
  /**
   * For a service an employee may have one open request of at a time: the slot it holds
   * (`<nip>#<service>`), taken at creation and given back when it completes or is rejected.
   */
  readonly openSlot?: string;
  /** The issued document (or the rejection letter). */
  readonly output?: OutputDocument;
  readonly draft?: OutputDocument;
  readonly surveyAnsweredAt?: string;
  readonly handover?: Handover;
}

type Mutable = Omit<
  ServiceRequest,
  | 'id'
  | 'serviceType'
  | 'applicant'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'auditHead'
  | 'openSlot'
>;

/** Changes a transition may make: a value sets the field, `null` clears it, absent leaves it. */
export type RequestChange = { readonly [K in keyof Mutable]?: Mutable[K] | null };

/** The request after `change`, as every store writes it: `updatedAt` set and the version counted up. */
export function applyChange(request: ServiceRequest, change: RequestChange, at: Date): ServiceRequest {
  const next: Record<string, unknown> = { ...request };
  for (const [field, value] of Object.entries(change)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return {
    ...(next as unknown as ServiceRequest),
    updatedAt: at.toISOString(),
    version: request.version + 1,
  };
}

/** The slot an open request of a one-at-a-time service holds for its employee. */
export function openSlotOf(nip: string, serviceType: string): string {
  return `${nip}#${serviceType}`;
}

/** A second open request of a one-at-a-time service, refused naming the first (409). */
export class OpenRequestExistsError extends ConflictError {
  constructor(readonly openRequestId: string) {
    super(
      'OPEN_REQUEST_EXISTS',
      `Pegawai ini masih memiliki permohonan layanan yang sama yang belum selesai (${openRequestId}). ` +
        'Lanjutkan permohonan tersebut; permohonan baru dapat diajukan setelah permohonan itu selesai atau ditolak.',
      'serviceType',
    );
  }
}

export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** A verifier's mark on one requirement document; undoable until the verification decision. */
export interface DocumentVerification {
  readonly status: 'VALID' | 'INVALID';
  readonly reason?: string;
  readonly by: string;
  readonly at: string;
}

export interface RequestDocument {
  readonly id: string;
  readonly requestId: string;
  readonly requirementCode: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
  /** Object key in the uploads bucket, or in the archive bucket when taken from the archive. */
  readonly key: string;
  /** Set when the document was taken from the applicant's digital archive (Kediri Pasal 8b). */
  readonly archiveDocumentId?: string;
  readonly sha256?: string;
  readonly status: 'AWAITING_UPLOAD' | 'UPLOADED';
  readonly createdAt: string;
  readonly uploadedAt?: string;
  readonly verification?: DocumentVerification;
}

/** A requirement document as the API shows it: without the storage key. */
export function publishDocument({ key: _key, ...document }: RequestDocument) {
  return document;
}

/** The latest uploaded document of each requirement: the one that counts. */
export function currentDocuments(documents: readonly RequestDocument[]): Map<string, RequestDocument> {
  const current = new Map<string, RequestDocument>();
  for (const document of [...documents].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (document.status === 'UPLOADED') current.set(document.requirementCode, document);
  }
  return current;
}

/** One append-only line of a request's audit trail. */
export interface AuditEvent {
  readonly requestId: string;
  /** When the event was recorded. */
  readonly at: string;
  /** When the act took place, if earlier than `at`: a decision taken on paper during force majeure. */
  readonly occurredAt?: string;
  readonly actor: { readonly username: string; readonly role: Role | 'SYSTEM' };
  readonly action: string;
  readonly stage?: Wait;
  readonly outcome?: string;
  readonly note?: string;
  readonly fromStatus?: RequestStatus;
  readonly toStatus?: RequestStatus;
}

/** The request as the API publishes it: labels added, tokens and internals left out. */
export function publishRequest(request: ServiceRequest) {
  const { task, outbox, signedScan, output, draft, claim, ...rest } = request;
  return {
    id: rest.id,
    serviceType: rest.serviceType,
    status: rest.status,
    statusLabel: STATUS_LABELS[rest.status],
    applicant: rest.applicant,
    createdBy: rest.createdBy,
    details: rest.details,
    ...(rest.notes && { notes: rest.notes }),
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
    ...(rest.submittedAt && { submittedAt: rest.submittedAt }),
    ...(rest.completedAt && { completedAt: rest.completedAt }),
    version: rest.version,
    ...(rest.plan && { plan: rest.plan }),
    ...(rest.stages && { stages: rest.stages }),
    ...(task && {
      task: {
        stage: task.stage,
        label: WAIT_RULES[task.stage].label,
        openedAt: task.openedAt,
        ...(task.dueAt && { dueAt: task.dueAt }),
        overdue: task.overdue,
        /** Whether the workflow waits for this step now (briefly false while the system opens it). */
        decidable: task.token !== undefined,
      },
    }),
    /** The system is still moving the request on (seconds, normally): wait for false before acting. */
    processing: isProcessing(request),
    ...(claim && {
      claim: { username: claim.username, ...(claim.name && { name: claim.name }), at: claim.at },
    }),
    ...(rest.deficiency && { deficiency: rest.deficiency }),
    ...(rest.verified && { verified: rest.verified }),
    ...(rest.rejection && { rejection: rest.rejection }),
    ...(rest.signature && { signature: rest.signature }),
    ...(signedScan && { signedScanUploaded: true }),
    ...(output && {
      output: {
        documentId: output.documentId,
        kind: output.kind,
        sha256: output.sha256,
        createdAt: output.createdAt,
      },
    }),
    ...(rest.surveyAnsweredAt && { surveyAnsweredAt: rest.surveyAnsweredAt }),
    ...(rest.handover && { handover: rest.handover }),
    /** Handled on paper during force majeure and entered afterwards. */
    ...(rest.manual && { manual: rest.manual }),
  };
}

export type PublishedRequest = ReturnType<typeof publishRequest>;

/**
 * One passage of a request through a wait: when it opened, its deadline, when and how it ended,
 * and whether it ran past its deadline. Kept on the request, so reports read durations per stage
 * from the requests of a period without reading each one's audit trail.
 */
export interface StageRecord {
  readonly stage: Wait;
  readonly openedAt: string;
  readonly dueAt?: string;
  readonly closedAt?: string;
  /** The decision or event that ended it: ACCEPT, APPROVE, SIGN, RESUBMITTED, EXPIRED… */
  readonly outcome?: string;
  /** Who ended it (a username, or `system`). */
  readonly by?: string;
  readonly overdue?: true;
}
