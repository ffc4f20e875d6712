import type { Account, AccountDirectory } from '#accounts';
import type { SigningAuthorities } from '#documents';
import type { ForceMajeurePeriods } from '#force-majeure';
import { holdsDeadlines } from '#force-majeure';
import type { Stage } from '#kernel/domain/stages';
import { localDate, workCalendar } from '#kernel/domain/working-days';
import type { Mailer } from '#mail';
import { withinDivision } from '#requests/domain/access';
import { expiredDeficiency } from '#requests/domain/lifecycle';
import { composeEscalation } from '#requests/domain/notices';
import { type ServiceRequest, WAIT_RULES } from '#requests/domain/request';
import { closeStage, markOverdue } from '#requests/domain/timeline';
import { withLatest } from './latest';
import { clearOutbox, requireWait, type StepDeps } from './task-tokens';

/** What the steps a deadline's timer runs need: whether a force-majeure period holds time still. */
export interface TimerDeps extends StepDeps {
  readonly forceMajeure: ForceMajeurePeriods;
}

/** While services run manually, a passed deadline is looked at again a day later. */
const RECHECK_SECONDS = 86_400;
/** While a period is being ended (its end recorded, the deadlines not yet all moved), a few minutes. */
const ENDING_RECHECK_SECONDS = 300;

/**
 * Whether a deadline's timer fired too early: a force-majeure period is running, or has ended
 * without its extension applied yet (its deadlines are about to move), or the deadline was moved
 * later after the timer was set. Then the workflow waits again for the seconds returned, instead
 * of escalating or rejecting.
 */
async function postponement(deps: TimerDeps, dueAt: string | undefined): Promise<number | undefined> {
  const now = deps.clock.now();
  const held = holdsDeadlines(await deps.forceMajeure.list(), now.toISOString());
  if (held === 'RUNNING') return RECHECK_SECONDS;
  if (held === 'ENDING') return ENDING_RECHECK_SECONDS;
  if (dueAt && Date.parse(dueAt) > now.getTime())
    return Math.ceil((Date.parse(dueAt) - now.getTime()) / 1000);
  return undefined;
}

export interface EscalationDeps extends TimerDeps {
  readonly accounts: AccountDirectory;
  readonly authorities: Pick<SigningAuthorities, 'forService'>;
  readonly mailer: Mailer;
}

/**
 * The officials who can act on `request` at `stage`, and so are told it is overdue: active
 * holders of the stage's role, at the validation tiers only the responsible division's, at
 * signing only those holding authority for the service today.
 */
async function officialsFor(deps: EscalationDeps, request: ServiceRequest, stage: Stage): Promise<Account[]> {
  const role = WAIT_RULES[stage].role;
  if (!role) return [];
  const active = (await deps.accounts.listByRole(role)).filter(
    (account) => !account.disabled && withinDivision(account, stage, request.serviceType, deps.settings),
  );
  if (stage !== 'SIGNING') return active;
  const today = localDate(deps.clock.now(), workCalendar(deps.settings));
  const holders = new Set(
    (await deps.authorities.forService(request.serviceType))
      .filter(
        (authority) =>
          authority.validFrom <= today &&
          (authority.validUntil === undefined || today <= authority.validUntil),
      )
      .map((authority) => authority.username),
  );
  return active.filter((account) => holders.has(account.username));
}

/**
 * A stage's service level has passed: the request is flagged overdue (its old token is spent)
 * and keeps waiting; the official holding it, the stage's officials and their superiors are mailed.
 * A retried step finds the flag set and hands the same mail over again, which changes nothing.
 */
export async function escalateOverdue(
  deps: EscalationDeps,
  requestId: string,
  stage: Stage,
): Promise<{ postponed: true; timeoutSeconds: number } | { postponed: false; notified: number }> {
  const current = await deps.records.get(requestId);
  const later = current?.task?.stage === stage ? await postponement(deps, current.task.dueAt) : undefined;
  if (later) return { postponed: true, timeoutSeconds: later };
  const escalated = await withLatest(deps.records, requestId, async (request) => {
    if (request.outbox?.kind === 'RESUME' && request.outbox.stage === stage) return undefined;
    requireWait(request, stage);
    if (request.task?.stage === stage && request.task.overdue) return request;
    const now = deps.clock.now().toISOString();
    const task = request.task;
    // The timed-out task's token is spent: the overdue wait that follows records a new one.
    const overdue = {
      stage,
      openedAt: task?.openedAt ?? now,
      ...(task?.dueAt && { dueAt: task.dueAt }),
      overdue: true,
    };
    return deps.records.transition(
      request,
      { task: overdue, stages: markOverdue(request.stages, stage) },
      {
        requestId,
        at: now,
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'SLA_BREACHED',
        stage,
        note: `Batas waktu ${WAIT_RULES[stage].label} terlampaui.`,
      },
    );
  });
  if (!escalated) return { postponed: false, notified: 0 };
  const officials = await officialsFor(deps, escalated, stage);
  const recipients = [
    ...new Set(
      [
        escalated.claim?.email,
        ...officials.map((official) => official.email),
        ...(deps.settings.escalation[stage]?.superiors ?? []),
      ].filter((address): address is string => Boolean(address)),
    ),
  ];
  const mail = composeEscalation(escalated, stage, recipients, deps.settings);
  if (mail) await deps.mailer.send(`escalation:${requestId}:${stage}:${escalated.task?.openedAt}`, mail);
  return { postponed: false, notified: recipients.length };
}

/**
 * The completion window passed without the documents: the request is rejected (Kediri Pasal
 * 9(2)). If the applicant resubmitted at the last moment, their resubmission stands instead; if
 * the API already rejected it (the applicant acted after the deadline), that rejection stands.
 */
export async function rejectIncomplete(
  deps: TimerDeps,
  requestId: string,
): Promise<{ outcome: 'REJECTED' | 'RESUBMITTED' } | { outcome: 'POSTPONED'; timeoutSeconds: number }> {
  const owedRoute = (request: ServiceRequest | undefined) =>
    request?.outbox?.kind === 'RESUME' && request.outbox.stage === 'COMPLETION'
      ? request.outbox.output.route
      : undefined;
  const current = await deps.records.get(requestId);
  const settled = owedRoute(current) === 'VERIFICATION' || owedRoute(current) === 'REJECTION';
  const later =
    current?.status === 'DEFICIENT' && !settled
      ? await postponement(deps, current.deficiency?.dueAt)
      : undefined;
  if (later) return { outcome: 'POSTPONED', timeoutSeconds: later };
  const result = await withLatest(deps.records, requestId, async (request) => {
    const route = owedRoute(request);
    if ((route === 'VERIFICATION' || route === 'REJECTION') && request.outbox) {
      await clearOutbox(deps, request, request.outbox.since);
      return route === 'VERIFICATION' ? ('RESUBMITTED' as const) : ('REJECTED' as const);
    }
    requireWait(request, 'COMPLETION');
    const now = deps.clock.now().toISOString();
    const { change, audit } = expiredDeficiency(request, now);
    // An extension decided as the deadline passed is spent with it: the window is over.
    await deps.records.transition(
      request,
      {
        ...change,
        task: null,
        claim: null,
        outbox: null,
        stages: closeStage(request.stages, 'COMPLETION', now, 'EXPIRED'),
      },
      audit,
    );
    return 'REJECTED' as const;
  });
  return { outcome: result ?? 'REJECTED' };
}

/**
 * The workflow hit an error it cannot recover from: the request's trail says so, in words an
 * auditor reads, before the execution fails (which raises the failed-executions alarm).
 */
export async function recordWorkflowFault(deps: StepDeps, requestId: string, error: string, cause: string) {
  await withLatest(deps.records, requestId, (request) =>
    deps.records.transition(
      request,
      {},
      {
        requestId,
        at: deps.clock.now().toISOString(),
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'WORKFLOW_FAULT',
        note: `Alur kerja berhenti karena galat ${error}: ${cause.slice(0, 500)}`,
      },
    ),
  );
}
