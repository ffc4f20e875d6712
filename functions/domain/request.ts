import type { Role } from './roles';
import type { Sla } from './settings';

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

/** Stages where an official decides; each has a status, a role and a service level. */
export const STAGES = [
  'VERIFICATION',
  'SUPERVISOR_VALIDATION',
  'ADMINISTRATOR_VALIDATION',
  'SIGNING',
] as const;
export type Stage = (typeof STAGES)[number];

interface StageRule {
  readonly status: RequestStatus;
  readonly role: Role;
  readonly sla: keyof Sla;
  readonly label: string;
}

export const STAGE_RULES: Record<Stage, StageRule> = {
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
};

export function stageOfStatus(status: RequestStatus): Stage | undefined {
  return STAGES.find((stage) => STAGE_RULES[stage].status === status);
}

/** Stages whose queue a role works. */
export function stagesOfRole(roles: readonly Role[]): Stage[] {
  return STAGES.filter((stage) => roles.includes(STAGE_RULES[stage].role));
}

export interface Applicant {
  readonly nip: string;
  readonly name: string;
  readonly unit: string;
  readonly email?: string;
}

/** The official step the request waits in, with the callback that resumes its workflow. */
export interface OpenTask {
  readonly stage: Stage;
  readonly openedAt: string;
  readonly dueAt: string;
  readonly overdue: boolean;
  /** Step Functions task token; present once the workflow waits for the decision. Never published. */
  readonly token?: string;
}

export interface ServiceRequest {
  readonly id: string;
  readonly serviceType: string;
  readonly status: RequestStatus;
  readonly applicant: Applicant;
  /** Username of the account that created the request (the ASN, or a unit admin for them). */
  readonly createdBy: string;
  readonly details: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt?: string;
  /** Optimistic-lock counter: every write checks and increments it. */
  readonly version: number;
  readonly task?: OpenTask;
}

export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export interface RequestDocument {
  readonly id: string;
  readonly requestId: string;
  readonly requirementCode: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
  /** Object key in the uploads bucket. */
  readonly key: string;
  readonly status: 'AWAITING_UPLOAD' | 'UPLOADED';
  readonly createdAt: string;
  readonly uploadedAt?: string;
}

/** One append-only line of a request's audit trail. */
export interface AuditEvent {
  readonly requestId: string;
  readonly at: string;
  readonly actor: { readonly username: string; readonly role: Role | 'SYSTEM' };
  readonly action: string;
  readonly stage?: Stage;
  readonly outcome?: string;
  readonly note?: string;
  readonly fromStatus?: RequestStatus;
  readonly toStatus?: RequestStatus;
}

/**
 * The request after `change`, as every store writes it: the fields changed, the open task
 * replaced (`null` clears it), `updatedAt` set and the version counted up.
 */
export function applyChange(
  request: ServiceRequest,
  change: { readonly status?: RequestStatus; readonly submittedAt?: string; readonly task?: OpenTask | null },
  at: Date,
): ServiceRequest {
  const { task, ...fields } = change;
  const { task: currentTask, ...unchanged } = request;
  const nextTask = task === undefined ? currentTask : (task ?? undefined);
  return {
    ...unchanged,
    ...fields,
    ...(nextTask && { task: nextTask }),
    updatedAt: at.toISOString(),
    version: request.version + 1,
  };
}

/** The request as the API publishes it: status label added, callback token left out. */
export function publishRequest(request: ServiceRequest) {
  return {
    id: request.id,
    serviceType: request.serviceType,
    status: request.status,
    statusLabel: STATUS_LABELS[request.status],
    applicant: request.applicant,
    createdBy: request.createdBy,
    details: request.details,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    ...(request.submittedAt && { submittedAt: request.submittedAt }),
    version: request.version,
    ...(request.task && {
      task: {
        stage: request.task.stage,
        openedAt: request.task.openedAt,
        dueAt: request.task.dueAt,
        overdue: request.task.overdue,
        /** Whether the workflow waits for the decision now (briefly false while the system opens the stage). */
        decidable: request.task.token !== undefined,
      },
    }),
  };
}
