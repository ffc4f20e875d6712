import type { ServiceDefinition, ValidationTier } from './catalog/service';
import { ConflictError, ForbiddenError, ValidationError } from './errors';
import { type RequestStatus, type ServiceRequest, STAGE_RULES, type Stage } from './request';
import type { Actor } from './roles';

/** Outcomes an official may give at each stage. */
export const STAGE_OUTCOMES = {
  VERIFICATION: ['ACCEPT', 'DEFICIENT', 'REJECT'],
  SUPERVISOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  ADMINISTRATOR_VALIDATION: ['APPROVE', 'RETURN', 'REJECT'],
  SIGNING: ['SIGN', 'RETURN'],
} as const satisfies Record<Stage, readonly string[]>;

export const OUTCOMES = ['ACCEPT', 'DEFICIENT', 'REJECT', 'APPROVE', 'RETURN', 'SIGN'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Where the workflow goes after a decision. The state machine's Choice states branch on these
 * values (statemachines/service-request.asl.json); test/unit/statemachine.test.ts keeps both in step.
 */
export type Route = Stage | 'DEFICIENCY' | 'REJECTION' | 'ISSUANCE';

export const ROUTE_STATUS: Record<Route, RequestStatus> = {
  VERIFICATION: 'AWAITING_VERIFICATION',
  SUPERVISOR_VALIDATION: 'AWAITING_SUPERVISOR_VALIDATION',
  ADMINISTRATOR_VALIDATION: 'AWAITING_ADMINISTRATOR_VALIDATION',
  SIGNING: 'AWAITING_SIGNATURE',
  DEFICIENCY: 'DEFICIENT',
  REJECTION: 'REJECTED',
  ISSUANCE: 'AWAITING_SURVEY',
};

const TIER_STAGE: Record<ValidationTier, Stage> = {
  SUPERVISOR: 'SUPERVISOR_VALIDATION',
  ADMINISTRATOR: 'ADMINISTRATOR_VALIDATION',
};

/** The stage after verification or a validation tier, following the service's tiers in order. */
export function stageAfter(stage: Stage, service: Pick<ServiceDefinition, 'validationTiers'>): Stage {
  const tiers = service.validationTiers.map((tier) => TIER_STAGE[tier]);
  if (stage === 'VERIFICATION') return tiers[0] ?? 'SIGNING';
  const index = tiers.indexOf(stage);
  return tiers[index + 1] ?? 'SIGNING';
}

function routeOf(stage: Stage, outcome: Outcome, service: Pick<ServiceDefinition, 'validationTiers'>): Route {
  switch (outcome) {
    case 'ACCEPT':
    case 'APPROVE':
      return stageAfter(stage, service);
    case 'DEFICIENT':
      return 'DEFICIENCY';
    case 'REJECT':
      return 'REJECTION';
    case 'RETURN':
      return 'VERIFICATION';
    case 'SIGN':
      return 'ISSUANCE';
  }
}

export interface Decision {
  readonly stage: Stage;
  readonly outcome: Outcome;
  readonly note?: string;
}

export interface DecisionPlan {
  readonly route: Route;
  readonly status: RequestStatus;
  readonly token: string;
}

/**
 * Checks that `actor` may decide `decision` on `request` now, and says where it leads.
 * Throws 403 for a role that does not work the stage, 409 when the request is elsewhere.
 */
export function planDecision(
  request: ServiceRequest,
  service: Pick<ServiceDefinition, 'validationTiers'>,
  actor: Actor,
  decision: Decision,
): DecisionPlan {
  const rule = STAGE_RULES[decision.stage];
  if (!actor.roles.includes(rule.role)) {
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
  if (request.status !== rule.status) {
    throw new ConflictError(
      'STAGE_MISMATCH',
      `Permohonan tidak sedang berada pada tahap ${rule.label}.`,
      'stage',
    );
  }
  const token = request.task?.stage === decision.stage ? request.task.token : undefined;
  if (!token) {
    throw new ConflictError(
      'TASK_NOT_READY',
      'Permohonan sedang diproses sistem. Silakan coba beberapa saat lagi.',
    );
  }
  const route = routeOf(decision.stage, decision.outcome, service);
  return { route, status: ROUTE_STATUS[route], token };
}
