import { serviceFor, serviceSla } from '#catalog';
import { ConflictError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { addWorkingDays, workCalendar } from '#kernel/domain/working-days';
import type { RequestRecords, Workflow } from '#requests/domain/ports';
import {
  type AuditEvent,
  type RequestChange,
  type ResumeOutput,
  type ServiceRequest,
  WAIT_RULES,
  type Wait,
} from '#requests/domain/request';
import { closeStage, openStage } from '#requests/domain/timeline';
import { isConcurrentUpdate, withLatest } from './latest';

/**
 * The life of a task token: how a waiting workflow is resumed, in one place.
 *
 * A human step of the service-request state machine is a wait: the workflow opens it (a step),
 * then hands Step Functions' task token to a second step and waits for a decision. A person's act
 * ends the wait; the resumption it owes is recorded on the request (its outbox) in the same write,
 * then delivered: at once when it can be, by the scheduled delivery when it could not, or by the
 * workflow itself when the act came before the token. Every state is on the request record, so a
 * crash between two of these leaves nothing half-done.
 *
 * ```mermaid
 * stateDiagram-v2
 *   [*] --> Open: openWait (step): task with its deadline, owed calls spent
 *   Open --> Waiting: awaitWait (step): the token is kept on the task
 *   Open --> Ended: endWait (a person acts first): RESUME owed, no token yet
 *   Ended --> Resumed: awaitWait finds the owed RESUME, resumes with its own token at once
 *   Waiting --> Owed: endWait (decision): task and claim cleared, RESUME owed with the token
 *   Owed --> Resumed: deliverOutbox at once (SendTaskSuccess), then clearOutbox
 *   Owed --> Resumed: deliverOwedCalls (the scheduled job) when the call at once failed
 *   Owed --> Dropped: token spent (TASK_EXPIRED) for 15 minutes: clearOutbox
 *   Resumed --> [*]
 *   Dropped --> [*]
 * ```
 *
 * Starts are owed the same way: submission records a START, delivered by deliverOutbox or the
 * scheduled job; a repeated start is the same execution (workflowInput is a pure function).
 */

/** The workflow calls a caller may make: submission starts executions, everything else resumes them. */
export type WorkflowCalls = Partial<Pick<Workflow, 'start' | 'resume'>>;

export interface OutboxDeps {
  readonly records: RequestRecords;
  readonly workflow: WorkflowCalls;
  readonly clock: Clock;
}

/**
 * The execution input: a pure function of the submitted request, so a repeated start is
 * recognised by Step Functions as the same execution. Identifiers and routing only: Step
 * Functions logs execution data and keeps it in the history auditors read, so no NIP, name,
 * e-mail or detail of the applicant goes in (the unit is an office, and the plan names stages).
 */
export function workflowInput(request: ServiceRequest) {
  return {
    requestId: request.id,
    serviceType: request.serviceType,
    applicant: { unit: request.applicant.unit },
    plan: request.plan,
  };
}

/**
 * Removes the outbox entry of `request` written at `since`, unless something newer replaced it,
 * and returns the request as it then stands. It tries the version in hand first; only when
 * another writer got there in between (the workflow moving on, say) does it read again.
 */
export async function clearOutbox(
  deps: { readonly records: RequestRecords },
  request: ServiceRequest,
  since: string,
): Promise<ServiceRequest> {
  if (request.outbox?.since === since) {
    try {
      return await deps.records.transition(request, { outbox: null }, undefined);
    } catch (error) {
      if (!isConcurrentUpdate(error)) throw error;
    }
  }
  const latest = await withLatest(deps.records, request.id, async (current) =>
    current.outbox?.since === since ? deps.records.transition(current, { outbox: null }, undefined) : current,
  );
  return latest ?? request;
}

/**
 * Makes the workflow call the request owes, if this caller may make it, and returns the request
 * as it then stands. Returns undefined when the call is left for later: a resumption whose wait has no token yet is taken up by the workflow's
 * next wait step; anything else by the scheduled outbox delivery.
 */
export async function deliverOutbox(
  deps: OutboxDeps,
  request: ServiceRequest,
): Promise<ServiceRequest | undefined> {
  const outbox = request.outbox;
  if (!outbox) return request;
  const { start, resume } = deps.workflow;
  if (outbox.kind === 'START' && start) await start(request.id, workflowInput(request));
  else if (outbox.kind === 'RESUME' && outbox.token && resume) await resume(outbox.token, outbox.output);
  else return undefined;
  return clearOutbox(deps, request, outbox.since);
}

/** The outcome of recording a change whose workflow call may be made later. */
export interface Recorded {
  readonly request: ServiceRequest;
  /** Why the workflow call was left to the outbox, when it was. */
  readonly deferred?: unknown;
}

/** Records `change` with a workflow call it owes, then tries to make the call at once. */
export async function recordWithOutbox(
  deps: OutboxDeps,
  request: ServiceRequest,
  change: RequestChange,
  audit: AuditEvent | undefined,
): Promise<Recorded> {
  const recorded = await deps.records.transition(request, change, audit);
  try {
    return { request: (await deliverOutbox(deps, recorded)) ?? recorded };
  } catch (error) {
    return { request: recorded, deferred: error };
  }
}

/**
 * Ends the wait the workflow is in: records the change (and the end of the task and claim)
 * together with the resumption it owes, then resumes the workflow if it already waits.
 */
export function endWait(
  deps: OutboxDeps,
  request: ServiceRequest,
  wait: Wait,
  change: RequestChange,
  output: ResumeOutput,
  audit: AuditEvent,
): Promise<Recorded> {
  const token = request.task?.stage === wait ? request.task.token : undefined;
  return recordWithOutbox(
    deps,
    request,
    {
      ...change,
      task: null,
      claim: null,
      stages: closeStage(
        request.stages,
        wait,
        deps.clock.now().toISOString(),
        output.outcome ?? output.route,
        output.decidedBy,
      ),
      outbox: {
        kind: 'RESUME',
        since: deps.clock.now().toISOString(),
        stage: wait,
        output,
        ...(token && { token }),
      },
    },
    audit,
  );
}

/** What workflow steps need: they only ever resume the workflow, never start it. */
export interface StepDeps {
  readonly records: RequestRecords;
  readonly workflow: Pick<Workflow, 'resume'>;
  readonly clock: Clock;
  readonly settings: RuntimeSettings;
}

export function requireWait(request: ServiceRequest, wait: Wait): void {
  if (request.status !== WAIT_RULES[wait].status) {
    throw new ConflictError(
      'STAGE_MISMATCH',
      `Request ${request.id} is ${request.status}, not waiting in ${wait}.`,
    );
  }
}

function deadlineOf(deps: StepDeps, request: ServiceRequest, wait: Wait, now: Date): string | undefined {
  const rule = WAIT_RULES[wait];
  if (wait === 'COMPLETION') return request.deficiency?.dueAt;
  if (!rule.sla) return undefined;
  const days = serviceSla(serviceFor(request.serviceType, deps.settings), deps.settings)[rule.sla];
  return addWorkingDays(now, days, workCalendar(deps.settings)).toISOString();
}

/** The seconds until `dueAt` (at least one), the waiting task's timeout. */
function secondsUntil(dueAt: string | undefined, now: Date): number | undefined {
  return dueAt ? Math.max(1, Math.ceil((Date.parse(dueAt) - now.getTime()) / 1000)) : undefined;
}

/**
 * Opens a wait: an official stage gets its service-level deadline in working days from now;
 * the completion window keeps the deficiency deadline (extended or not). Returns the seconds
 * until the deadline, which the state machine uses as the waiting task's timeout. Any owed
 * call left from the wait before is spent: the workflow has moved on. A wait the record already
 * has open (a workflow restarted after a restore, or this step retried) keeps its deadline.
 */
export async function openWait(deps: StepDeps, requestId: string, wait: Wait) {
  const opened = await withLatest(deps.records, requestId, async (request) => {
    requireWait(request, wait);
    const now = deps.clock.now();
    const open = request.task?.stage === wait ? request.task : undefined;
    if (open) {
      const seconds = secondsUntil(open.dueAt, now);
      return {
        stage: wait,
        ...(open.dueAt && { dueAt: open.dueAt }),
        ...(seconds && { timeoutSeconds: seconds }),
      };
    }
    const dueAt = deadlineOf(deps, request, wait, now);
    await deps.records.transition(
      request,
      {
        task: { stage: wait, openedAt: now.toISOString(), ...(dueAt && { dueAt }), overdue: false },
        stages: openStage(request.stages, wait, now.toISOString(), dueAt),
        outbox: null,
      },
      {
        requestId,
        at: now.toISOString(),
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'STAGE_OPENED',
        stage: wait,
        ...(dueAt && { note: `Batas waktu ${dueAt}` }),
      },
    );
    const seconds = secondsUntil(dueAt, now);
    return {
      stage: wait,
      ...(dueAt && { dueAt }),
      ...(seconds !== undefined && { timeoutSeconds: seconds }),
    };
  });
  if (!opened) throw new ConflictError('STAGE_MISMATCH', `Request ${requestId} could not open ${wait}.`);
  return opened;
}

/**
 * The workflow waits (its task token is `token`). If the wait was already ended (a decision
 * recorded before the workflow got here), it is resumed at once; otherwise the token is kept
 * on the request, which makes it decidable.
 */
export async function awaitWait(
  deps: StepDeps,
  requestId: string,
  wait: Wait,
  token: string,
): Promise<'RESUMED' | 'WAITING'> {
  const result = await withLatest(deps.records, requestId, async (request) => {
    const outbox = request.outbox;
    if (outbox?.kind === 'RESUME' && outbox.stage === wait) {
      await deps.workflow.resume(token, outbox.output);
      await clearOutbox(deps, request, outbox.since);
      return 'RESUMED' as const;
    }
    requireWait(request, wait);
    const now = deps.clock.now().toISOString();
    const task = request.task?.stage === wait ? request.task : { stage: wait, openedAt: now, overdue: false };
    await deps.records.transition(request, { task: { ...task, token } }, undefined);
    return 'WAITING' as const;
  });
  return result ?? 'WAITING';
}

/**
 * An owed call younger than this is left to whoever recorded it (they may still be delivering
 * it; delivering twice is harmless, as a start is idempotent and a spent token is recognised).
 */
const GRACE_MS = 5_000;
/** Failures in a row after which a pass stops: the service is down, and each attempt costs the SDK's retries. */
const FAILURES_BEFORE_PAUSE = 3;
/** An owed resumption whose token is spent this long is dropped: the wait ended another way. */
const SPENT_AFTER_MS = 15 * 60_000;

/**
 * The scheduled delivery of workflow calls the records owe (above): starts of
 * submitted requests and resumptions of ended waits that were not delivered at the time.
 * `oldestSince` is when the oldest of them was owed (for the outbox age metric).
 */
export async function deliverOwedCalls(deps: OutboxDeps, limit = 50) {
  const now = deps.clock.now().getTime();
  const owed = await deps.records.listOutbox(new Date(now - GRACE_MS).toISOString(), limit);
  let delivered = 0;
  let dropped = 0;
  let failures = 0;
  for (const request of owed) {
    if (failures >= FAILURES_BEFORE_PAUSE) break;
    try {
      if (await deliverOutbox(deps, request)) delivered += 1;
      failures = 0;
    } catch (error) {
      failures += 1;
      const since = request.outbox ? Date.parse(request.outbox.since) : now;
      if (
        error instanceof ConflictError &&
        error.code === 'TASK_EXPIRED' &&
        now - since > SPENT_AFTER_MS &&
        request.outbox
      ) {
        await clearOutbox(deps, request, request.outbox.since);
        dropped += 1;
        failures = 0;
      }
    }
  }
  const oldestSince = owed.flatMap((request) => (request.outbox ? [request.outbox.since] : [])).sort()[0];
  return {
    owed: owed.length,
    delivered,
    dropped,
    settled: delivered + dropped === owed.length,
    ...(oldestSince && { oldestSince }),
  };
}
