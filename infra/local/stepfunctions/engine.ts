import { randomBytes, randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { VirtualClock } from '../clock';
import type { LocalEventBus } from '../event-bus';
import {
  functionNameOf,
  type JsonObject,
  LOCAL_ACCOUNT,
  personRetryOverrides,
  TIMEOUT_PARAMETER,
  taskStates,
} from './definition';
import { History } from './history';

/** An error the Step Functions API answers with (`__type` on the wire). */
export class SfnError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface LocalStateMachine {
  readonly name: string;
  readonly definition: JsonObject;
}

/** A state machine as the engine keeps it, loaded once. */
interface LoadedMachine {
  readonly arn: string;
  readonly machine: LocalStateMachine;
  readonly runner: StateMachine;
  /** The library's retry pauses for retriers waiting on a person, read once from the definition. */
  readonly retryIntervalOverrides: Record<string, number[]>;
}

/** Runs a Lambda function of the project locally (the same handler module Lambda runs). */
export type Invoke = (functionName: string, payload: unknown) => Promise<unknown>;

type JsonValue = Parameters<StateMachine['run']>[0];

interface PendingTask {
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
}

class Execution {
  readonly startDate: Date;
  status: ExecutionStatus = 'RUNNING';
  stopDate?: Date;
  output?: unknown;
  error?: string;
  cause?: string;
  abort: () => void = () => undefined;
  readonly history: History;
  readonly aborted = new AbortController();
  /** State entries (and retries) the history has recorded, per state name. */
  private readonly visits = new Map<string, number>();
  /** Task attempts started, per state name. */
  private readonly attempts = new Map<string, number>();
  private readonly waiters: Array<{ state: string; count: number; resolve: () => void }> = [];

  constructor(
    readonly arn: string,
    readonly name: string,
    readonly stateMachineArn: string,
    readonly input: unknown,
    readonly tokenSentinel: string,
    clock: VirtualClock,
  ) {
    this.startDate = clock.now();
    this.history = new History(clock);
  }

  visit(state: string): void {
    this.visits.set(state, (this.visits.get(state) ?? 0) + 1);
    for (const waiter of this.waiters.filter((candidate) => candidate.state === state)) {
      if ((this.visits.get(state) ?? 0) >= waiter.count) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  /**
   * Waits until the history holds the entry of the task attempt now starting. The library
   * queues its events and calls the task before they are read; waiting keeps the events a
   * task adds (scheduled, started…) after the state's entry, in the order AWS shows them.
   */
  attemptStarted(state: string): Promise<void> {
    const count = (this.attempts.get(state) ?? 0) + 1;
    this.attempts.set(state, count);
    if ((this.visits.get(state) ?? 0) >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ state, count, resolve }));
  }

  settle(status: ExecutionStatus, stopDate: Date): void {
    if (this.status !== 'RUNNING') return;
    this.status = status;
    this.stopDate = stopDate;
    this.aborted.abort(new SfnError('ExecutionAborted', 'execution stopped'));
  }
}

const CALLBACK_RESOURCE = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
const PUT_EVENTS_RESOURCE = 'arn:aws:states:::events:putEvents';

function statesTimeout(): Error {
  return Object.assign(new Error('The task did not complete before its timeout.'), {
    name: 'States.Timeout',
  });
}

function replaceDeep(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((item) => replaceDeep(item, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceDeep(item, from, to)]));
  }
  return value;
}

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null)) as T;

/**
 * Executions of local state machines, driven by aws-local-stepfunctions, with the callback
 * bridge for `.waitForTaskToken` tasks: it mints a token per task, waits for SendTaskSuccess or
 * SendTaskFailure, and enforces the task's timeout on the virtual clock.
 */
export class StepFunctionsEngine {
  private readonly machines = new Map<string, LoadedMachine>();
  private readonly executions = new Map<string, Execution>();
  private readonly pending = new Map<string, PendingTask>();
  private readonly finishedTokens = new Set<string>();

  constructor(
    private readonly options: {
      readonly region: string;
      readonly clock: VirtualClock;
      readonly invoke: Invoke;
      readonly stateMachines: readonly LocalStateMachine[];
      /** Where `arn:aws:states:::events:putEvents` tasks publish. */
      readonly eventBus?: LocalEventBus;
    },
  ) {
    for (const machine of options.stateMachines) {
      const arn = this.stateMachineArn(machine.name);
      // ARN checks are off: the library's pattern does not know service-integration ARNs.
      const runner = new StateMachine(
        machine.definition as unknown as ConstructorParameters<typeof StateMachine>[0],
        {
          validationOptions: { checkArn: false },
        },
      );
      for (const [, state] of taskStates(machine.definition)) this.checkResource(String(state.Resource));
      this.machines.set(arn, {
        arn,
        machine,
        runner,
        retryIntervalOverrides: personRetryOverrides(machine.definition),
      });
    }
  }

  stateMachineArn(name: string): string {
    return `arn:aws:states:${this.options.region}:${LOCAL_ACCOUNT}:stateMachine:${name}`;
  }

  private checkResource(resource: string): void {
    if (functionNameOf(resource)) return;
    if (resource === CALLBACK_RESOURCE) return;
    if (resource === PUT_EVENTS_RESOURCE && this.options.eventBus) return;
    throw new Error(`The local Step Functions engine does not run Task resource ${resource}`);
  }

  startExecution(stateMachineArn: string, name: string | undefined, input: string | undefined) {
    const entry = this.machines.get(stateMachineArn);
    if (!entry)
      throw new SfnError('StateMachineDoesNotExist', `State machine does not exist: ${stateMachineArn}`);
    const executionName = name ?? randomUUID();
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(executionName))
      throw new SfnError('InvalidName', `Invalid name: ${executionName}`);
    let parsedInput: unknown;
    try {
      parsedInput = JSON.parse(input ?? '{}');
    } catch {
      throw new SfnError('InvalidExecutionInput', 'Execution input is not valid JSON');
    }
    const arn = `arn:aws:states:${this.options.region}:${LOCAL_ACCOUNT}:execution:${entry.machine.name}:${executionName}`;
    const existing = this.executions.get(arn);
    if (existing) {
      if (existing.status === 'RUNNING' && JSON.stringify(existing.input) === JSON.stringify(parsedInput)) {
        return { executionArn: arn, startDate: existing.startDate };
      }
      throw new SfnError('ExecutionAlreadyExists', `Execution already exists: ${arn}`);
    }
    const execution = new Execution(
      arn,
      executionName,
      stateMachineArn,
      parsedInput,
      `local-token-sentinel:${arn}`,
      this.options.clock,
    );
    this.executions.set(arn, execution);
    this.run(entry, execution);
    return { executionArn: arn, startDate: execution.startDate };
  }

  private run({ runner, machine, retryIntervalOverrides }: LoadedMachine, execution: Execution): void {
    const roleArn = `arn:aws:iam::${LOCAL_ACCOUNT}:role/${machine.name}-role`;
    execution.history.executionStarted(execution.input, roleArn);
    const overrides = Object.fromEntries(
      taskStates(machine.definition).map(([stateName, state]) => [
        stateName,
        (input: unknown) =>
          this.runTask(execution, stateName, String(state.Resource), input) as Promise<JsonValue>,
      ]),
    );
    const run = runner.run(execution.input as JsonValue, {
      overrides: {
        taskResourceLocalHandlers: overrides,
        retryIntervalOverrides,
      },
      noThrowOnAbort: true,
      context: {
        Execution: { Id: execution.arn, Name: execution.name, RoleArn: roleArn },
        StateMachine: { Id: execution.stateMachineArn, Name: machine.name },
        Task: { Token: execution.tokenSentinel },
      },
    });
    execution.abort = run.abort;
    run.result.catch(() => undefined);
    void this.record(execution, run.eventLogs);
  }

  private async record(
    execution: Execution,
    events: ReturnType<StateMachine['run']>['eventLogs'],
  ): Promise<void> {
    const { history } = execution;
    for await (const event of events) {
      switch (event.type) {
        case 'StateEntered':
          history.stateEntered(event.state.type, event.state.name, event.state.input);
          execution.visit(event.state.name);
          break;
        case 'StateRetried':
          execution.visit(event.state.name);
          break;
        case 'StateExited':
          history.stateExited(event.state.type, event.state.name, event.state.output);
          break;
        case 'ExecutionSucceeded':
          history.executionSucceeded(event.output);
          execution.output = event.output;
          execution.settle('SUCCEEDED', this.options.clock.now());
          break;
        case 'ExecutionFailed':
          history.executionFailed(event.Error, String(event.Cause ?? ''));
          execution.error = event.Error;
          execution.cause = String(event.Cause ?? '');
          execution.settle('FAILED', this.options.clock.now());
          break;
        case 'ExecutionTimeout':
          execution.settle('TIMED_OUT', this.options.clock.now());
          break;
        default:
          break;
      }
    }
  }

  private async runTask(
    execution: Execution,
    stateName: string,
    resource: string,
    input: unknown,
  ): Promise<unknown> {
    await execution.attemptStarted(stateName);
    const functionName = functionNameOf(resource);
    if (functionName) return this.lambdaTask(execution, functionName, resource, input);
    if (resource === PUT_EVENTS_RESOURCE) return this.putEventsTask(execution, resource, input as JsonObject);
    return this.callbackTask(execution, resource, input as JsonObject);
  }

  /** The EventBridge integration: the entries go to the local bus, answered as PutEvents answers. */
  private async putEventsTask(execution: Execution, resource: string, input: JsonObject) {
    const task = execution.history.taskScheduled(resource, this.options.region, input);
    const output = await this.options.eventBus?.put(
      (input.Entries ?? []) as Parameters<LocalEventBus['put']>[0],
    );
    execution.history.taskSucceeded(task, output);
    return output;
  }

  private async lambdaTask(execution: Execution, functionName: string, resource: string, input: unknown) {
    execution.history.lambdaScheduled(resource, input);
    try {
      const output = roundTrip(await this.options.invoke(functionName, roundTrip(input)));
      execution.history.lambdaSucceeded(output);
      return output;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      execution.history.lambdaFailed(failure.name, failure.message);
      throw failure;
    }
  }

  private async callbackTask(execution: Execution, resource: string, input: JsonObject): Promise<unknown> {
    const { [TIMEOUT_PARAMETER]: timeout, ...parameters } = input;
    const token = `local-${randomBytes(24).toString('base64url')}`;
    const payload = replaceDeep(parameters.Payload, execution.tokenSentinel, token);
    const timeoutSeconds = typeof timeout === 'number' ? timeout : undefined;
    const task = execution.history.taskScheduled(
      resource,
      this.options.region,
      { ...parameters, Payload: payload },
      timeoutSeconds,
    );
    const functionName = functionNameOf(String(parameters.FunctionName));
    if (!functionName) throw new Error(`Unknown function ${String(parameters.FunctionName)}`);
    const outcome = new Promise<unknown>((resolve, reject) => this.pending.set(token, { resolve, reject }));
    outcome.catch(() => undefined);
    const { signal } = execution.aborted;
    const stopped = new Promise<never>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    stopped.catch(() => undefined);
    try {
      const invoked = roundTrip(await this.options.invoke(functionName, roundTrip(payload)));
      execution.history.taskSubmitted(task, { Payload: invoked, StatusCode: 200 });
      const waits: Array<Promise<unknown>> = [outcome, stopped];
      if (timeoutSeconds !== undefined) {
        const at = new Date(this.options.clock.now().getTime() + timeoutSeconds * 1000);
        waits.push(
          this.options.clock.sleepUntil(at, signal).then(() => {
            throw statesTimeout();
          }),
        );
      }
      const output = await Promise.race(waits);
      execution.history.taskSucceeded(task, output);
      return output;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (execution.status === 'RUNNING') {
        if (failure.name === 'States.Timeout') execution.history.taskTimedOut(task, failure.message);
        else execution.history.taskFailed(task, failure.name, failure.message);
      }
      throw failure;
    } finally {
      this.pending.delete(token);
      this.finishedTokens.add(token);
    }
  }

  private pendingTask(token: string): PendingTask {
    const task = this.pending.get(token);
    if (task) return task;
    if (this.finishedTokens.has(token))
      throw new SfnError('TaskTimedOut', 'Task Timed Out: Provided task does not exist anymore');
    throw new SfnError('InvalidToken', 'Invalid token');
  }

  sendTaskSuccess(token: string, output: string): void {
    const task = this.pendingTask(token);
    let parsed: unknown;
    try {
      parsed = JSON.parse(output);
    } catch {
      throw new SfnError('InvalidOutput', 'Task output is not valid JSON');
    }
    this.pending.delete(token);
    task.resolve(parsed);
  }

  sendTaskFailure(token: string, error = 'States.TaskFailed', cause = ''): void {
    const task = this.pendingTask(token);
    this.pending.delete(token);
    task.reject(Object.assign(new Error(cause), { name: error }));
  }

  sendTaskHeartbeat(token: string): void {
    this.pendingTask(token);
  }

  private execution(arn: string): Execution {
    const execution = this.executions.get(arn);
    if (!execution) throw new SfnError('ExecutionDoesNotExist', `Execution does not exist: ${arn}`);
    return execution;
  }

  stopExecution(arn: string, error?: string, cause?: string) {
    const execution = this.execution(arn);
    if (execution.status === 'RUNNING') {
      execution.abort();
      execution.history.executionAborted(error, cause);
      execution.settle('ABORTED', this.options.clock.now());
    }
    return { stopDate: execution.stopDate ?? this.options.clock.now() };
  }

  describeExecution(arn: string) {
    const execution = this.execution(arn);
    return {
      executionArn: execution.arn,
      stateMachineArn: execution.stateMachineArn,
      name: execution.name,
      status: execution.status,
      startDate: execution.startDate,
      input: JSON.stringify(execution.input),
      inputDetails: { included: true },
      ...(execution.stopDate && { stopDate: execution.stopDate }),
      ...(execution.status === 'SUCCEEDED' && {
        output: JSON.stringify(execution.output),
        outputDetails: { included: true },
      }),
      ...(execution.error && { error: execution.error, cause: execution.cause }),
    };
  }

  executionHistory(arn: string, reverseOrder = false) {
    const events = [...this.execution(arn).history.events];
    return reverseOrder ? events.reverse() : events;
  }

  listExecutions(stateMachineArn: string, statusFilter?: ExecutionStatus) {
    if (!this.machines.has(stateMachineArn)) {
      throw new SfnError('StateMachineDoesNotExist', `State machine does not exist: ${stateMachineArn}`);
    }
    return [...this.executions.values()]
      .filter((execution) => execution.stateMachineArn === stateMachineArn)
      .filter((execution) => !statusFilter || execution.status === statusFilter)
      .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())
      .map((execution) => ({
        executionArn: execution.arn,
        stateMachineArn: execution.stateMachineArn,
        name: execution.name,
        status: execution.status,
        startDate: execution.startDate,
        ...(execution.stopDate && { stopDate: execution.stopDate }),
      }));
  }

  /** Aborts every running execution (the stack is stopping). */
  shutdown(): void {
    for (const execution of this.executions.values()) {
      if (execution.status === 'RUNNING') execution.abort();
      execution.settle('ABORTED', this.options.clock.now());
    }
  }
}
