import { findService, serviceSla } from '../catalog/index';
import { ConflictError } from '../errors';
import type { Clock, RequestRecords } from '../ports';
import { type ServiceRequest, STAGE_RULES, type Stage } from '../request';
import type { RuntimeSettings } from '../settings';
import { addWorkingDays, workCalendar } from '../working-days';

export interface StageStepDeps {
  readonly records: RequestRecords;
  readonly clock: Clock;
  readonly settings: RuntimeSettings;
}

async function requestInStage(deps: StageStepDeps, requestId: string, stage: Stage): Promise<ServiceRequest> {
  const request = await deps.records.get(requestId);
  if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${requestId} does not exist.`);
  if (request.status !== STAGE_RULES[stage].status) {
    throw new ConflictError(
      'STAGE_MISMATCH',
      `Request ${requestId} is ${request.status}, not in stage ${stage}.`,
    );
  }
  return request;
}

/**
 * Opens an official stage: the deadline is the stage's service level in working days from now.
 * Returns the seconds until it, which the state machine uses as the waiting task's timeout.
 */
export async function openStage(deps: StageStepDeps, requestId: string, stage: Stage) {
  const request = await requestInStage(deps, requestId, stage);
  const now = deps.clock.now();
  const sla = serviceSla(findService(request.serviceType), deps.settings);
  const dueAt = addWorkingDays(now, sla[STAGE_RULES[stage].sla], workCalendar(deps.settings));
  const task = { stage, openedAt: now.toISOString(), dueAt: dueAt.toISOString(), overdue: false };
  await deps.records.transition(request, { task }, undefined);
  return {
    stage,
    dueAt: task.dueAt,
    timeoutSeconds: Math.max(1, Math.ceil((dueAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Records the token of the waiting task, which makes the request decidable in the queue. */
export async function awaitDecision(deps: StageStepDeps, requestId: string, stage: Stage, token: string) {
  const request = await requestInStage(deps, requestId, stage);
  const now = deps.clock.now().toISOString();
  const task =
    request.task?.stage === stage ? request.task : { stage, openedAt: now, dueAt: now, overdue: true };
  await deps.records.transition(request, { task: { ...task, token } }, undefined);
}

/** A stage's service level has passed: the request is flagged overdue and keeps waiting. */
export async function escalateOverdue(deps: StageStepDeps, requestId: string, stage: Stage) {
  const request = await requestInStage(deps, requestId, stage);
  const now = deps.clock.now().toISOString();
  const task = request.task ?? { stage, openedAt: now, dueAt: now, overdue: true };
  await deps.records.transition(
    request,
    { task: { stage: task.stage, openedAt: task.openedAt, dueAt: task.dueAt, overdue: true } },
    {
      requestId,
      at: now,
      actor: { username: 'system', role: 'SYSTEM' },
      action: 'SLA_BREACHED',
      stage,
      note: `Batas waktu ${STAGE_RULES[stage].label} (${task.dueAt}) terlampaui.`,
    },
  );
}

/**
 * The workflow hit an error it cannot recover from: the request's trail says so, in words an
 * auditor reads, before the execution fails (which raises the failed-executions alarm).
 */
export async function recordWorkflowFault(
  deps: StageStepDeps,
  requestId: string,
  error: string,
  cause: string,
) {
  const request = await deps.records.get(requestId);
  if (!request) return;
  await deps.records.transition(
    request,
    {},
    {
      requestId,
      at: deps.clock.now().toISOString(),
      actor: { username: 'system', role: 'SYSTEM' },
      action: 'WORKFLOW_FAULT',
      note: `Alur kerja berhenti karena galat ${error}: ${cause.slice(0, 500)}`,
    },
  );
}
