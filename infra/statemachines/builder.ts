import { EVENT_BUS_PLACEHOLDER, type StepSpec } from '#requests/steps/steps';
import {
  CALLBACK_RESOURCE,
  type Catcher,
  type ChoiceRule,
  checkTransitions,
  type JsonObject,
  PUT_EVENTS_RESOURCE,
  type Retrier,
  type State,
  type StateMachine,
} from './asl';
import {
  AWAITS_PERSON_RETRY,
  catchAll,
  catchTimeout,
  ERROR_PATHS,
  SERVICE_RETRY,
  STEP_RETRY,
} from './policies';
import { placeholder, taskState } from './task-state';

/** A state name as auditors read it in execution history: plain English words run together. */
const PLAIN_ENGLISH = /^(?:[A-Z][a-z]+)+$/;

/**
 * The callback-wait contract: the step opening a wait (and the one escalating it) returns
 * `{ timeoutSeconds, postponed? }` into `$.wait`; the person's decision, sent with the task
 * token through the API, lands in `$.decision` (`route` names where the workflow goes).
 */
export const WAIT_PATHS = {
  wait: '$.wait',
  timeoutSeconds: '$.wait.timeoutSeconds',
  postponed: '$.wait.postponed',
  decision: '$.decision',
} as const;

export interface WorkflowOptions {
  /** The state machine's Comment: what one execution is, for whoever opens the file. */
  readonly comment: string;
  /** The state every unexpected failure goes to (added with `faultHandler`). */
  readonly onFault: string;
  /** The EventBridge `Source` of every event `publish` puts on the bus. */
  readonly eventSource: string;
}

/** A Lambda step of the step table (functions/requests/steps/steps.ts), called with `parameters`. */
export interface StepCall {
  readonly step: StepSpec;
  readonly parameters: JsonObject;
}

export interface WaitSpec {
  /** The step opening the wait (a task in a queue, a deadline): it returns `WAIT_PATHS.wait`. */
  readonly open: StepCall & { readonly name: string };
  /** The callback task, named `Await…`; its step gets `payload` and the task token. */
  readonly await: { readonly name: string; readonly step: StepSpec; readonly payload: JsonObject };
  /** Where the decision goes: usually a `route` on `$.decision.route`. */
  readonly next: string;
}

export interface EscalationSpec {
  /** Names the loop's states: `EscalateOverdue<subject>`, `Route<subject>Deadline`, `Publish<subject>Overdue`. */
  readonly subject: string;
  /** The step that escalates a passed deadline, or postpones it (`{ postponed: true, timeoutSeconds }`). */
  readonly escalate: StepCall & { readonly comment?: string };
  /** The event published once the deadline is passed for good. */
  readonly overdue: { readonly detailType: string; readonly detail: JsonObject };
}

/**
 * Builds an ASL state machine from a few kinds of state, each with the one Retry and Catch policy
 * of its kind (policies.ts): a step's transient errors are retried, and whatever is left goes to
 * the fault handler, except a best-effort step's, after which the workflow carries on. States
 * are written in the order they are added; `build` checks every transition lands on a state and
 * every state can be reached.
 *
 * @example
 * const workflow = new WorkflowBuilder({ comment: 'An award round', onFault: 'HandleWorkflowFault', eventSource: 'layanan-asn-terpadu' })
 *   .task('OpenNominations', { step: steps.openRound, parameters: { 'roundId.$': '$.roundId' }, next: 'AwaitNominations' })
 *   …
 *   .wait({ open: { name: 'OpenPanelScoring', … }, await: { name: 'AwaitPanelScores', … }, next: 'RouteScoringOutcome' })
 *   .route('RouteScoringOutcome', { variable: '$.decision.route', routes: [['RANKING', 'RankNominees']], otherwise: 'StopAtUnknownRoute' })
 *   .publish('PublishRoundClosed', { detailType: 'AwardRoundClosed', detail: { 'roundId.$': '$.roundId' }, next: 'RoundClosed' })
 *   .succeed('RoundClosed')
 *   .faultHandler('HandleWorkflowFault', { step: steps.recordFault, parameters: { 'fault.$': '$.fault' }, fail: { … } })
 *   .build();
 */
export class WorkflowBuilder {
  private readonly states = new Map<string, State>();

  constructor(private readonly options: WorkflowOptions) {}

  /**
   * A Lambda step; its result goes to `resultPath` (by default dropped, the input passed on). A
   * step that `awaitsPerson` is also retried, long and patiently, while it throws what only a
   * person can remedy (policies.ts).
   */
  task(
    name: string,
    spec: StepCall & { readonly next: string; resultPath?: string; comment?: string; awaitsPerson?: boolean },
  ): this {
    const { awaitsPerson, ...step } = spec;
    return this.step(name, step, this.onFault(), awaitsPerson ? [AWAITS_PERSON_RETRY] : []);
  }

  /** A best-effort step (a notice to a person): if it still fails after its retries, the workflow carries on. */
  notify(name: string, spec: StepCall & { readonly next: string }): this {
    return this.step(name, spec, catchAll(spec.next, ERROR_PATHS.bestEffort));
  }

  /** Puts one event on the workflow's EventBridge bus. */
  publish(
    name: string,
    spec: { readonly detailType: string; readonly detail: JsonObject; readonly next: string },
  ): this {
    const entry = {
      EventBusName: `\${${EVENT_BUS_PLACEHOLDER}}`,
      Source: this.options.eventSource,
      DetailType: spec.detailType,
      Detail: spec.detail,
    };
    return this.add(
      name,
      taskState({
        resource: PUT_EVENTS_RESOURCE,
        parameters: { Entries: [entry] },
        next: spec.next,
        retry: [SERVICE_RETRY],
        catch: [this.onFault()],
      }),
    );
  }

  /**
   * A callback task: its step gets the task token and the workflow waits until the API sends
   * it back with the decision (`WAIT_PATHS.decision`). With `onTimeout`, the wait ends at the
   * deadline its opening step set, and goes there.
   */
  callback(
    name: string,
    spec: {
      readonly step: StepSpec;
      readonly payload: JsonObject;
      readonly next: string;
      onTimeout?: string;
    },
  ): this {
    const parameters = {
      FunctionName: placeholder(spec.step),
      Payload: { ...spec.payload, 'taskToken.$': '$$.Task.Token' },
    };
    return this.add(
      name,
      taskState({
        resource: CALLBACK_RESOURCE,
        parameters,
        resultPath: WAIT_PATHS.decision,
        next: spec.next,
        retry: [STEP_RETRY],
        ...(spec.onTimeout && { timeoutSecondsPath: WAIT_PATHS.timeoutSeconds }),
        catch: [...(spec.onTimeout ? [catchTimeout(spec.onTimeout)] : []), this.onFault()],
      }),
    );
  }

  /** A wait for a person: the step opening it, then its callback task (bounded, with `onTimeout`). */
  wait(spec: WaitSpec & { onTimeout?: string }): this {
    const { open, await: awaited } = spec;
    return this.task(open.name, { ...open, resultPath: WAIT_PATHS.wait, next: awaited.name }).callback(
      awaited.name,
      { ...awaited, next: spec.next, ...(spec.onTimeout && { onTimeout: spec.onTimeout }) },
    );
  }

  /**
   * A wait bounded by a deadline that escalates and keeps waiting: at the deadline the escalating
   * step runs; if it postponed the deadline the wait resumes, otherwise the overdue event is
   * published and the wait goes on without a deadline (`AwaitOverdue…`):
   *
   *   Open… → Await… ─deadline→ EscalateOverdue<subject> → Route<subject>Deadline ─postponed→ Await…
   *                                                                 └→ Publish<subject>Overdue → AwaitOverdue…
   */
  escalatingWait(spec: WaitSpec & EscalationSpec): this {
    const { subject, escalate, overdue } = spec;
    const awaitName = spec.await.name;
    if (!awaitName.startsWith('Await'))
      throw new Error(`${awaitName}: a callback task's name starts with Await`);
    const names = {
      escalate: `EscalateOverdue${subject}`,
      route: `Route${subject}Deadline`,
      publish: `Publish${subject}Overdue`,
      awaitOverdue: `AwaitOverdue${awaitName.slice('Await'.length)}`,
    };
    return this.wait({ ...spec, onTimeout: names.escalate })
      .task(names.escalate, { ...escalate, resultPath: WAIT_PATHS.wait, next: names.route })
      .choice(names.route, {
        choices: [{ Variable: WAIT_PATHS.postponed, BooleanEquals: true, Next: awaitName }],
        otherwise: names.publish,
      })
      .publish(names.publish, { ...overdue, next: names.awaitOverdue })
      .callback(names.awaitOverdue, { ...spec.await, next: spec.next });
  }

  /** Goes where the string at `variable` says: each `[value, state]` in order, else `otherwise`. */
  route(
    name: string,
    spec: {
      readonly variable: string;
      readonly routes: Iterable<readonly [string, string]>;
      otherwise: string;
    },
  ): this {
    const choices = [...spec.routes].map(([value, next]) => ({
      Variable: spec.variable,
      StringEquals: value,
      Next: next,
    }));
    return this.choice(name, { choices, otherwise: spec.otherwise });
  }

  /** A Choice state with rules of its own. */
  choice(
    name: string,
    spec: { readonly choices: readonly ChoiceRule[]; otherwise: string; comment?: string },
  ): this {
    return this.add(name, {
      Type: 'Choice',
      ...(spec.comment && { Comment: spec.comment }),
      Choices: spec.choices,
      Default: spec.otherwise,
    });
  }

  succeed(name: string): this {
    return this.add(name, { Type: 'Succeed' });
  }

  fail(name: string, spec: { readonly error: string; readonly cause: string }): this {
    return this.add(name, { Type: 'Fail', Error: spec.error, Cause: spec.cause });
  }

  /**
   * The state every unexpected failure goes to (`options.onFault`): a step recording the fault
   * (its input holds it at `$.fault`), then the Fail state, reached even if recording fails.
   */
  faultHandler(
    name: string,
    spec: StepCall & {
      readonly fail: { readonly name: string; readonly error: string; readonly cause: string };
    },
  ): this {
    const { fail } = spec;
    return this.step(
      name,
      { ...spec, next: fail.name },
      catchAll(fail.name, ERROR_PATHS.faultRecording),
    ).fail(fail.name, fail);
  }

  /** The state machine, starting at the first state added; throws on a dangling or unreachable state. */
  build(): StateMachine {
    const [startAt] = this.states.keys();
    if (!startAt) throw new Error('A workflow needs at least one state');
    const States = Object.fromEntries(this.states);
    checkTransitions(States, startAt);
    return { Comment: this.options.comment, StartAt: startAt, States };
  }

  /** A Lambda step with the step retry policy, what is left caught by `catcher`. */
  private step(
    name: string,
    spec: StepCall & { readonly next: string; resultPath?: string; comment?: string },
    catcher: Catcher,
    patience: readonly Retrier[] = [],
  ): this {
    return this.add(
      name,
      taskState({
        ...spec,
        resource: placeholder(spec.step),
        retry: [STEP_RETRY, ...patience],
        catch: [catcher],
      }),
    );
  }

  private onFault(): Catcher {
    return catchAll(this.options.onFault, ERROR_PATHS.fault);
  }

  private add(name: string, state: State): this {
    if (!PLAIN_ENGLISH.test(name))
      throw new Error(`${name}: state names are plain English words, e.g. AwaitSignature`);
    if (this.states.has(name)) throw new Error(`${name}: a state of that name exists already`);
    this.states.set(name, state);
    return this;
  }
}
