import { canReadRequest, requestNotFound } from '../access';
import { findService } from '../catalog/index';
import { type Decision, planDecision } from '../lifecycle';
import type { Clock, RequestRecords, Workflow } from '../ports';
import { type ServiceRequest, STAGE_RULES } from '../request';
import type { Actor } from '../roles';

export interface RecordDecisionDeps {
  readonly records: RequestRecords;
  readonly workflow: Workflow;
  readonly clock: Clock;
}

/**
 * An official's decision at a stage. The record changes first, conditional on the open task's
 * token (so of two concurrent decisions exactly one wins); then the workflow resumes. If it
 * cannot resume, the record is put back so the decision can be given again.
 */
export async function recordDecision(
  deps: RecordDecisionDeps,
  actor: Actor,
  requestId: string,
  decision: Decision,
): Promise<ServiceRequest> {
  const request = await deps.records.get(requestId);
  if (!request || !canReadRequest(actor, request)) throw requestNotFound(requestId);
  const plan = planDecision(request, findService(request.serviceType), actor, decision);
  const at = deps.clock.now().toISOString();
  const audit = {
    requestId,
    at,
    actor: { username: actor.username, role: STAGE_RULES[decision.stage].role },
    action: 'DECIDED',
    stage: decision.stage,
    outcome: decision.outcome,
    ...(decision.note && { note: decision.note }),
    fromStatus: request.status,
    toStatus: plan.status,
  };
  const decided = await deps.records.transition(
    request,
    { status: plan.status, task: null },
    audit,
    plan.token,
  );
  try {
    await deps.workflow.resume(plan.token, {
      stage: decision.stage,
      outcome: decision.outcome,
      route: plan.route,
      decidedBy: actor.username,
      decidedAt: at,
      ...(decision.note && { note: decision.note }),
    });
  } catch (error) {
    await deps.records.transition(
      decided,
      { status: request.status, task: request.task ?? null },
      {
        ...audit,
        at: deps.clock.now().toISOString(),
        action: 'DECISION_WITHDRAWN',
        fromStatus: plan.status,
        toStatus: request.status,
      },
    );
    throw error;
  }
  return decided;
}
