import { ConflictError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import type { RequestRecords, Workflow } from '#requests/domain/ports';
import type { AuditEvent, RequestChange, ResumeOutput, ServiceRequest, Wait } from '#requests/domain/request';
import { closeStage } from '#requests/domain/timeline';

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

const isConcurrentUpdate = (error: unknown) =>
  error instanceof ConflictError && error.code === 'CONCURRENT_UPDATE';

/**
 * Runs `act` again when another writer changed the same request between its read and its write
 * (a workflow step recording its token, an escalation, a timer, the outbox being cleared). Each
 * attempt reads afresh and checks again, so an act that no longer applies gets its own error, and
 * a person's act never fails because the system touched the record at the same moment.
 */
export async function retryingConflicts<T>(act: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await act();
    } catch (error) {
      if (!isConcurrentUpdate(error) || attempt >= attempts) throw error;
      // A short random pause, so two writers that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/**
 * Runs `change` against the latest version of request `id`, retrying when another writer got
 * there first. `change` returns undefined when, on the fresh request, there is nothing to do.
 */
export function withLatest<T>(
  records: RequestRecords,
  id: string,
  change: (request: ServiceRequest) => Promise<T | undefined>,
): Promise<T | undefined> {
  return retryingConflicts(async () => {
    const request = await records.get(id);
    if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${id} does not exist.`);
    return change(request);
  });
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
