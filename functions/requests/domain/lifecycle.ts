import type { RequestPlan, ServiceDefinition, ValidationTier } from '#catalog';
import { ConflictError, ForbiddenError, ValidationError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import type { Stage } from '#kernel/domain/stages';
import {
  type AuditEvent,
  currentDocuments,
  type DeficiencyItem,
  type RequestChange,
  type RequestDocument,
  type RequestStatus,
  type ResumeOutput,
  type Route,
  type ServiceRequest,
  WAIT_RULES,
  type Wait,
  waitOpen,
} from './request';

/** Outcomes an official may give at each stage. */
export const STAGE_OUTCOMES = {
  VERIFICATION: ['ACCEPT', 'DEFICIENT', 'REJECT'],
  SUPERVISOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  ADMINISTRATOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  SIGNING: ['SIGN', 'RETURN', 'REJECT'],
} as const satisfies Record<Stage, readonly string[]>;

export const OUTCOMES = ['ACCEPT', 'DEFICIENT', 'REJECT', 'APPROVE', 'RETURN', 'SIGN'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The status each route puts a request in. Issuance runs by itself and ends waiting for the survey. */
export const ROUTE_STATUS: Record<Route, RequestStatus> = {
  VERIFICATION: 'AWAITING_VERIFICATION',
  SUPERVISOR_VALIDATION: 'AWAITING_SUPERVISOR_VALIDATION',
  ADMINISTRATOR_VALIDATION: 'AWAITING_ADMINISTRATOR_VALIDATION',
  SIGNING: 'AWAITING_SIGNATURE',
  DEFICIENCY: 'DEFICIENT',
  REJECTION: 'REJECTED',
  ISSUANCE: 'AWAITING_SURVEY',
  EXTENSION: 'DEFICIENT',
  HANDOVER: 'READY_FOR_HANDOVER',
  COMPLETE: 'COMPLETED',
};

const TIER_STAGE: Record<ValidationTier, Stage> = {
  SUPERVISOR: 'SUPERVISOR_VALIDATION',
  ADMINISTRATOR: 'ADMINISTRATOR_VALIDATION',
};

/** The stage after verification or a validation tier, following the plan's tiers in order. */
export function stageAfter(stage: Stage, plan: Pick<RequestPlan, 'validationTiers'>): Stage {
  const tiers = plan.validationTiers.map((tier) => TIER_STAGE[tier]);
  if (stage === 'VERIFICATION') return tiers[0] ?? 'SIGNING';
  const index = tiers.indexOf(stage);
  return index === -1 ? 'SIGNING' : (tiers[index + 1] ?? 'SIGNING');
}

export interface Decision {
  readonly stage: Stage;
  readonly outcome: Outcome;
  readonly note?: string;
  readonly deficiencies?: readonly DeficiencyItem[];
  /** KGB at verification: the new base salary, where the agency's salary table lacks the row. */
  readonly newBaseSalary?: number;
}

/** What a decision needs to know beyond the request. */
export interface DecisionContext {
  readonly service: Pick<ServiceDefinition, 'requirements'>;
  readonly documents: readonly RequestDocument[];
  readonly now: Date;
  /** When a DEFICIENT decision's window ends (the service's deficiency window in working days). */
  readonly deficiencyDueAt: Date;
  /** For SIGNING: the authority the actor holds for this service today (Kediri Pasal 11), if any. */
  readonly signingAuthority?: {
    readonly name: string;
    readonly nip?: string;
    readonly position: string;
    readonly basis: string;
    readonly acting?: 'PLT' | 'PLH';
  };
}

export interface DecisionPlan {
  readonly route: Route;
  readonly status: RequestStatus;
  readonly change: RequestChange;
  readonly output: ResumeOutput;
}

/**
 * Refuses an act on `wait` unless the wait is open (see `waitOpen`): while the workflow is still
 * opening it, with 409 PROCESSING (the client retries once `processing` is false); when the
 * request is elsewhere, with the act's own error. Nothing is changed either way.
 */
export function requireOpenWait(request: ServiceRequest, wait: Wait, elsewhere: () => ConflictError): void {
  if (waitOpen(request, wait)) return;
  if (request.status === WAIT_RULES[wait].status) {
    throw new ConflictError(
      'PROCESSING',
      'Permohonan sedang diproses sistem. Tunggu sampai statusnya selesai diperbarui (processing: false), lalu coba lagi.',
    );
  }
  throw elsewhere();
}

const VALIDATION_TIERS: readonly Stage[] = ['SUPERVISOR_VALIDATION', 'ADMINISTRATOR_VALIDATION'];

/**
 * Refuses `username` at a validation tier of `request` when they approved its other tier: one
 * person never approves two tiers (Kediri Pasal 10), whatever roles their account holds.
 */
export function refuseSecondTier(request: ServiceRequest, username: string, stage: Wait): void {
  if (!VALIDATION_TIERS.includes(stage as Stage)) return;
  const approvedOther = (request.stages ?? []).some(
    (record) =>
      record.stage !== stage &&
      VALIDATION_TIERS.includes(record.stage as Stage) &&
      record.outcome === 'APPROVE' &&
      record.by === username,
  );
  if (approvedOther) {
    throw new ForbiddenError(
      'SECOND_TIER_REFUSED',
      'Anda telah menyetujui tingkat validasi lain pada permohonan ini; validasi berjenjang diberikan oleh pejabat yang berbeda (Perwali Kediri Pasal 10).',
    );
  }
}

function refuseUnlessAllowed(request: ServiceRequest, actor: Actor, decision: Decision): void {
  const rule = WAIT_RULES[decision.stage];
  if (!rule.role || !actor.roles.includes(rule.role)) {
    throw new ForbiddenError(
      'ROLE_NOT_ALLOWED',
      `Keputusan tahap ${rule.label} hanya dapat diberikan oleh peran ${rule.role}.`,
    );
  }
  const allowed: readonly Outcome[] = STAGE_OUTCOMES[decision.stage];
  if (!allowed.includes(decision.outcome)) {
    throw new ValidationError(
      'OUTCOME_NOT_ALLOWED',
      `Keputusan ${decision.outcome} tidak berlaku pada tahap ${rule.label}; pilih salah satu: ${allowed.join(', ')}.`,
      'outcome',
    );
  }
  requireOpenWait(
    request,
    decision.stage,
    () =>
      new ConflictError(
        'STAGE_MISMATCH',
        `Permohonan tidak sedang menunggu keputusan tahap ${rule.label}.`,
        'stage',
      ),
  );
  refuseSecondTier(request, actor.username, decision.stage);
  if (request.claim && request.claim.username !== actor.username) {
    throw new ConflictError(
      'CLAIMED_BY_OTHER',
      `Permohonan ini sedang ditangani oleh ${request.claim.name ?? request.claim.username}.`,
    );
  }
}

/** The deficient requirements: as given, or else every current document marked invalid. */
function deficienciesOf(decision: Decision, context: DecisionContext): DeficiencyItem[] {
  const known = new Set(context.service.requirements.map((requirement) => requirement.code));
  const given = decision.deficiencies ?? [];
  for (const [index, item] of given.entries()) {
    if (!known.has(item.requirementCode)) {
      throw new ValidationError(
        'UNKNOWN_REQUIREMENT',
        `Persyaratan ${item.requirementCode} bukan persyaratan layanan ini.`,
        `deficiencies.${index}.requirementCode`,
      );
    }
  }
  const items =
    given.length > 0
      ? [...given]
      : [...currentDocuments(context.documents).values()]
          .filter((document) => document.verification?.status === 'INVALID')
          .map((document) => ({
            requirementCode: document.requirementCode,
            reason: document.verification?.reason ?? 'Dokumen tidak sesuai.',
          }));
  if (items.length === 0) {
    throw new ValidationError(
      'DEFICIENCIES_REQUIRED',
      'Sebutkan dokumen yang perlu diperbaiki beserta alasannya, atau tandai dokumen yang tidak valid terlebih dahulu.',
      'deficiencies',
    );
  }
  return items;
}

function requireNote(decision: Decision, what: string): string {
  if (!decision.note) throw new ValidationError('NOTE_REQUIRED', `${what} wajib disertai alasan.`, 'note');
  return decision.note;
}

/**
 * Checks that `actor` may give `decision` on `request` now, and plans it: where the workflow
 * goes, the request's new status and fields, and what the workflow is told.
 * 403 for a role or signer without authority, 409 when the request is elsewhere or held by
 * another official, 400 for a decision missing what it needs.
 */
export function planDecision(
  request: ServiceRequest,
  actor: Actor,
  decision: Decision,
  context: DecisionContext,
): DecisionPlan {
  refuseUnlessAllowed(request, actor, decision);
  const plan = request.plan ?? {
    validationTiers: [],
    signatureMode: 'ELECTRONIC',
    handoverMode: 'ELECTRONIC',
  };
  const at = context.now.toISOString();
  const decided = { decidedBy: actor.username, decidedAt: at };
  let route: Route;
  let change: RequestChange = {};

  const authority = context.signingAuthority;
  if (decision.stage === 'SIGNING' && !authority) {
    throw new ForbiddenError(
      'NO_SIGNING_AUTHORITY',
      'Anda tidak memegang kewenangan menandatangani dokumen layanan ini pada hari ini (Perwali Kediri Pasal 11).',
    );
  }

  switch (decision.outcome) {
    case 'ACCEPT': {
      const invalid = [...currentDocuments(context.documents).values()].filter(
        (document) => document.verification?.status === 'INVALID',
      );
      if (invalid.length > 0) {
        throw new ValidationError(
          'INVALID_DOCUMENTS_MARKED',
          `Berkas tidak dapat diterima selama ada dokumen bertanda tidak valid: ${invalid.map((document) => document.requirementCode).join(', ')}.`,
          'outcome',
        );
      }
      route = stageAfter(decision.stage, plan);
      break;
    }
    case 'APPROVE':
      route = stageAfter(decision.stage, plan);
      break;
    case 'DEFICIENT':
      route = 'DEFICIENCY';
      change = {
        deficiency: {
          items: deficienciesOf(decision, context),
          ...decided,
          dueAt: context.deficiencyDueAt.toISOString(),
        },
      };
      break;
    case 'REJECT':
      route = 'REJECTION';
      change = {
        rejection: {
          reason: requireNote(decision, 'Penolakan'),
          stage: decision.stage,
          ...decided,
          automatic: false,
        },
      };
      break;
    case 'RETURN':
      requireNote(decision, 'Pengembalian ke verifikasi');
      route = 'VERIFICATION';
      break;
    case 'SIGN':
      if (plan.signatureMode === 'WET' && !request.signedScan) {
        throw new ConflictError(
          'SIGNED_SCAN_MISSING',
          'Unggah pindaian dokumen yang telah ditandatangani basah sebelum menyatakan dokumen ditandatangani.',
        );
      }
      route = 'ISSUANCE';
      change = {
        signature: {
          mode: plan.signatureMode,
          signedBy: actor.username,
          signedAt: at,
          ...(authority && {
            signerName: authority.name,
            ...(authority.nip && { signerNip: authority.nip }),
            position: authority.position,
            basis: authority.basis,
            ...(authority.acting && { acting: authority.acting }),
          }),
        },
      };
      break;
  }
  return {
    route,
    status: ROUTE_STATUS[route],
    change: { ...change, status: ROUTE_STATUS[route] },
    output: {
      stage: decision.stage,
      outcome: decision.outcome,
      route,
      ...decided,
    },
  };
}

/**
 * The rejection of a request whose deficient documents were not completed by the deadline
 * (Kediri Pasal 9(2)): by the workflow's timer, or by the API when the applicant acts too late.
 */
export function expiredDeficiency(request: ServiceRequest, now: string) {
  const items = request.deficiency?.items.map((item) => item.requirementCode).join(', ') ?? '-';
  const change = {
    status: 'REJECTED',
    rejection: {
      reason: `Dokumen persyaratan yang perlu diperbaiki (${items}) tidak dilengkapi sampai batas waktu.`,
      stage: 'COMPLETION',
      decidedBy: 'system',
      decidedAt: now,
      automatic: true,
    },
  } as const satisfies RequestChange;
  const audit = {
    requestId: request.id,
    at: now,
    actor: { username: 'system', role: 'SYSTEM' },
    action: 'REJECTED_AUTOMATICALLY',
    stage: 'COMPLETION',
    note: 'Perwali Kediri Nomor 80 Tahun 2021 Pasal 9 ayat (2)',
    fromStatus: 'DEFICIENT',
    toStatus: 'REJECTED',
  } as const satisfies AuditEvent;
  return { change, audit };
}

/** Whether `request` was rejected because its deficiency window passed. */
export function rejectedAsExpired(request: ServiceRequest): boolean {
  return request.status === 'REJECTED' && request.rejection?.stage === 'COMPLETION';
}

/** Whether the deficiency window of `request` has passed at `now` (its deadline is the first instant too late). */
export function deficiencyExpired(request: ServiceRequest, now: Date): boolean {
  const dueAt = request.deficiency?.dueAt;
  return dueAt !== undefined && now.getTime() >= Date.parse(dueAt);
}

/** One decision taken on paper during force majeure, as it is entered afterwards. */
export interface PaperDecision {
  readonly stage: Stage;
  readonly outcome: Outcome;
  readonly decidedBy: string;
}

/**
 * Checks that decisions taken on paper (Kediri Pasal 18) follow the path an on-line request of
 * the same plan would have taken: verification first, each validation tier in its order
 * (Pasal 10), a return or a deficiency back to verification, signing last for a completed
 * service, a rejection last for a rejected one, and no one approving two tiers.
 */
export function checkPaperPath(
  plan: Pick<RequestPlan, 'validationTiers'>,
  decisions: readonly PaperDecision[],
  result: 'COMPLETED' | 'REJECTED',
): void {
  let expected: Stage = 'VERIFICATION';
  const approvers = new Map<string, Stage>();
  for (const [index, decision] of decisions.entries()) {
    const field = `stages.${index}`;
    if (decision.stage !== expected) {
      throw new ValidationError(
        'PAPER_PATH_INVALID',
        `Tahap ke-${index + 1} seharusnya ${WAIT_RULES[expected].label}, bukan ${WAIT_RULES[decision.stage].label} (Perwali Kediri Pasal 7 dan 10).`,
        `${field}.stage`,
      );
    }
    const allowed: readonly Outcome[] = STAGE_OUTCOMES[decision.stage];
    if (!allowed.includes(decision.outcome)) {
      throw new ValidationError(
        'OUTCOME_NOT_ALLOWED',
        `Keputusan ${decision.outcome} tidak berlaku pada tahap ${WAIT_RULES[decision.stage].label}; pilih salah satu: ${allowed.join(', ')}.`,
        `${field}.outcome`,
      );
    }
    if (decision.outcome === 'APPROVE') {
      const other = approvers.get(decision.decidedBy.toLowerCase());
      if (other && other !== decision.stage) {
        throw new ValidationError(
          'SECOND_TIER_REFUSED',
          `${decision.decidedBy} telah menyetujui tingkat validasi lain; validasi berjenjang diberikan oleh pejabat yang berbeda (Perwali Kediri Pasal 10).`,
          `${field}.decidedBy`,
        );
      }
      approvers.set(decision.decidedBy.toLowerCase(), decision.stage);
    }
    const last = index === decisions.length - 1;
    const ends = decision.outcome === 'REJECT' || decision.outcome === 'SIGN';
    if (ends !== last) {
      throw new ValidationError(
        'PAPER_PATH_INVALID',
        ends
          ? `Setelah keputusan ${decision.outcome} tidak ada tahap lagi.`
          : 'Layanan manual berakhir dengan penandatanganan (selesai) atau penolakan.',
        `${field}.outcome`,
      );
    }
    expected =
      decision.outcome === 'ACCEPT' || decision.outcome === 'APPROVE'
        ? stageAfter(decision.stage, plan)
        : 'VERIFICATION';
  }
  const final = decisions.at(-1)?.outcome;
  if (final !== (result === 'COMPLETED' ? 'SIGN' : 'REJECT')) {
    throw new ValidationError(
      'PAPER_PATH_INVALID',
      result === 'COMPLETED'
        ? 'Layanan yang selesai harus memuat verifikasi, validasi berjenjang dan penandatanganan.'
        : 'Layanan yang ditolak harus diakhiri keputusan penolakan pada salah satu tahap.',
      'stages',
    );
  }
}
