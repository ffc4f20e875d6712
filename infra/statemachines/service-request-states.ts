import type { ValidationTier } from '#catalog/domain/service';
import { STAGES, type Stage } from '#kernel/domain/stages';
import type { DOMAIN_EVENTS, DomainEventName } from '#requests/domain/events';
import { type Outcome, STAGE_OUTCOMES, stageAfter } from '#requests/domain/lifecycle';
import type { Notice } from '#requests/domain/notices';
import type { Route, Wait } from '#requests/domain/request';
import { steps } from '#requests/steps/steps';
import type { ResumePoint } from '#requests/use-cases/workflow-resumption';
import type { JsonObject } from './asl';
import { WAIT_PATHS, WorkflowBuilder } from './builder';

/**
 * The service-request workflow's vocabulary, from the domain's tables: the states of each wait,
 * where each route and resume point leads, and a builder that speaks in notices, domain events
 * and official stages. service-request.ts tells the workflow's story with it.
 */

/**
 * The states of each wait, as auditors read them in execution history: the step opening it
 * (its deadline, its place in a queue), then the callback task awaiting the person. A wait with
 * no deadline is opened by its callback task's own step (`open` is its `await`), one state.
 */
export const WAIT_STATES = {
  VERIFICATION: { open: 'OpenAdministrativeVerification', await: 'AwaitAdministrativeVerification' },
  COMPLETION: { open: 'OpenDeficiencyWindow', await: 'AwaitCompletedDocuments' },
  SUPERVISOR_VALIDATION: { open: 'OpenSupervisorValidation', await: 'AwaitSupervisorValidation' },
  ADMINISTRATOR_VALIDATION: { open: 'OpenAdministratorValidation', await: 'AwaitAdministratorValidation' },
  SIGNING: { open: 'OpenSigning', await: 'AwaitSignature' },
  SURVEY: { open: 'AwaitSurveyAnswer', await: 'AwaitSurveyAnswer' },
  HANDOVER: { open: 'AwaitHandover', await: 'AwaitHandover' },
} as const satisfies Record<Wait, { open: string; await: string }>;

/** Where a restored request starts again (`resumeAt`): its wait opened anew, or the unfinished step before it. */
export const RESUME_STATES = {
  VERIFICATION: WAIT_STATES.VERIFICATION.open,
  COMPLETION: WAIT_STATES.COMPLETION.open,
  SUPERVISOR_VALIDATION: WAIT_STATES.SUPERVISOR_VALIDATION.open,
  ADMINISTRATOR_VALIDATION: WAIT_STATES.ADMINISTRATOR_VALIDATION.open,
  SIGNATURE_DRAFT: 'PrepareDocumentForSignature',
  SIGNING: WAIT_STATES.SIGNING.open,
  ISSUANCE: 'IssueDocument',
  SURVEY: WAIT_STATES.SURVEY.open,
  HANDOVER: WAIT_STATES.HANDOVER.open,
  REJECTION_LETTER: 'IssueRejectionLetter',
} as const satisfies Record<ResumePoint, string>;

/** Where each route leads from an official stage's decision. */
const ROUTE_STATES = {
  SUPERVISOR_VALIDATION: WAIT_STATES.SUPERVISOR_VALIDATION.open,
  ADMINISTRATOR_VALIDATION: WAIT_STATES.ADMINISTRATOR_VALIDATION.open,
  SIGNING: 'PublishRequestValidated',
  VERIFICATION: 'PublishRequestReturned',
  DEFICIENCY: 'PublishRequestDeficient',
  REJECTION: 'IssueRejectionLetter',
  ISSUANCE: 'IssueDocument',
} as const satisfies Partial<Record<Route, string>>;
type StageRoute = keyof typeof ROUTE_STATES;

/** Every plan of validation tiers a service may take: either tier, both, or none, in this order. */
const TIER_PLANS: ReadonlyArray<readonly ValidationTier[]> = [
  [],
  ['SUPERVISOR'],
  ['ADMINISTRATOR'],
  ['SUPERVISOR', 'ADMINISTRATOR'],
];

/** The route each outcome takes (as planDecision sets it); an approval, the stage its plan names next. */
const OUTCOME_ROUTES: Record<Outcome, StageRoute | 'NEXT_STAGE'> = {
  ACCEPT: 'NEXT_STAGE',
  APPROVE: 'NEXT_STAGE',
  DEFICIENT: 'DEFICIENCY',
  REJECT: 'REJECTION',
  RETURN: 'VERIFICATION',
  SIGN: 'ISSUANCE',
};

/** The routes an outcome can take from `stage`: for an approval, one per stage some plan goes to next. */
function routesOf(stage: Stage, outcome: Outcome): readonly StageRoute[] {
  const route = OUTCOME_ROUTES[outcome];
  if (route !== 'NEXT_STAGE') return [route];
  return STAGES.filter((next) =>
    TIER_PLANS.some((tiers) => stageAfter(stage, { validationTiers: tiers }) === next),
  );
}

/** Verification's acceptance is published (and the applicant told) first, then takes its route (`RouteAcceptedRequest`). */
export const ACCEPTANCE = 'PublishRequestVerified';

/** The step drafting the document to sign, wet or electronic as the plan says. */
export const SIGNATURE_DRAFT = 'PrepareDocumentForSignature';

/** Each route the outcomes of `stage` can take, and the state it leads to. */
export function outcomeRoutes(stage: Stage): Array<[StageRoute, string]> {
  return STAGE_OUTCOMES[stage].flatMap((outcome: Outcome) =>
    routesOf(stage, outcome).map((route): [StageRoute, string] => [
      route,
      stage === 'VERIFICATION' && OUTCOME_ROUTES[outcome] === 'NEXT_STAGE' ? ACCEPTANCE : ROUTE_STATES[route],
    ]),
  );
}

/** Where an accepted request goes once the applicant is told: the stage its plan names next. */
export function acceptedRoutes(): Array<[StageRoute, string]> {
  return routesOf('VERIFICATION', 'ACCEPT').map((route) => [route, ROUTE_STATES[route]]);
}

/** The states of `wait`, opened and awaited by the shared steps. */
export function waitStates(wait: Wait) {
  const states = WAIT_STATES[wait];
  return {
    open: { name: states.open, step: steps.openWait, parameters: request({ stage: wait }) },
    await: { name: states.await, step: steps.awaitWait, payload: request({ stage: wait }) },
  };
}

/** `SUPERVISOR_VALIDATION` → `SupervisorValidation`: a code as it reads in a state name. */
function phrase(code: string): string {
  return code.toLowerCase().replace(/(?:^|_)([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Input of a step about the request. */
export const request = (fields: JsonObject = {}): JsonObject => ({ 'requestId.$': '$.requestId', ...fields });
export const UNKNOWN_ROUTE = 'StopAtUnknownRoute';
export const DECISION_ROUTE = '$.decision.route';
export const DECISION = { 'decision.$': WAIT_PATHS.decision };

type EventField<E extends DomainEventName> = Extract<
  keyof (typeof DOMAIN_EVENTS)[E]['schema']['shape'],
  string
>;

/** What every domain event carries (functions/requests/domain/events.ts), then its own fields. */
function eventDetail<E extends DomainEventName>(fields: Partial<Record<EventField<E>, string>>): JsonObject {
  return {
    version: '1',
    'requestId.$': '$.requestId',
    'serviceType.$': '$.serviceType',
    'applicant.$': '$.applicant',
    ...fields,
  };
}

/** The builder, speaking the workflow's language: notices, domain events, waits and official stages. */
export class ServiceRequestBuilder extends WorkflowBuilder {
  /** Publishes `event`; `fields` are its own detail fields, by JSONPath (`decision.$`) or value. */
  event<E extends DomainEventName>(
    name: string,
    event: E,
    next: string,
    fields: Partial<Record<`${EventField<E>}.$` | EventField<E>, string>> = {},
  ): this {
    return this.publish(name, { detailType: event, detail: eventDetail<E>(fields), next });
  }

  /**
   * A wait with no deadline (the survey, the handover) in one state: the callback task's step
   * opens the wait, then records the task token (`open: true`).
   */
  openingWait(wait: 'SURVEY' | 'HANDOVER', next: string): this {
    return this.callback(WAIT_STATES[wait].await, {
      step: steps.awaitWait,
      payload: request({ stage: wait, open: true }),
      next,
    });
  }

  /** An official stage: its wait, escalated at its service-level deadline, then its outcome's route. */
  officialStage(stage: Stage): this {
    const subject = phrase(stage);
    const outcome = `Route${subject}Outcome`;
    return this.escalatingWait({
      ...waitStates(stage),
      subject,
      escalate: {
        step: steps.escalateOverdue,
        parameters: request({ stage }),
        comment:
          'Escalates a passed deadline; a deadline moved later (force majeure) or a period still running postpones it instead.',
      },
      overdue: {
        detailType: 'StageOverdue' satisfies DomainEventName,
        detail: eventDetail<'StageOverdue'>({ stage }),
      },
      next: outcome,
    }).route(outcome, { variable: DECISION_ROUTE, routes: outcomeRoutes(stage), otherwise: UNKNOWN_ROUTE });
  }
}
