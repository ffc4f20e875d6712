/**
 * The part of Amazon States Language our workflows use, typed: what the builder writes and the
 * diagram reads. Field names are ASL's own, so a state here reads as it does in the JSON file.
 */

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export type JsonObject = { readonly [key: string]: JsonValue };

export interface Retrier {
  readonly ErrorEquals: readonly string[];
  readonly IntervalSeconds: number;
  readonly MaxAttempts: number;
  readonly BackoffRate: number;
  /** The longest pause between attempts, however far the backoff has grown. */
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy: 'FULL' | 'NONE';
}

export interface Catcher {
  readonly ErrorEquals: readonly string[];
  /** Where the error lands in the state's input, for the handler to read; the input is kept. */
  readonly ResultPath: string;
  readonly Next: string;
}

export interface TaskState {
  readonly Type: 'Task';
  readonly Comment?: string;
  readonly Resource: string;
  readonly Parameters: JsonObject;
  /** Where the result goes in the input; null drops it and passes the input on unchanged. */
  readonly ResultPath: string | null;
  readonly Retry: readonly Retrier[];
  readonly TimeoutSecondsPath?: string;
  readonly Catch: readonly Catcher[];
  readonly Next: string;
}

export type ChoiceRule =
  | { readonly Variable: string; readonly StringEquals: string; readonly Next: string }
  | { readonly Variable: string; readonly BooleanEquals: boolean; readonly Next: string }
  | { readonly Not: { readonly Variable: string; readonly IsPresent: true }; readonly Next: string };

export interface ChoiceState {
  readonly Type: 'Choice';
  readonly Comment?: string;
  readonly Choices: readonly ChoiceRule[];
  readonly Default: string;
}

export interface SucceedState {
  readonly Type: 'Succeed';
}

export interface FailState {
  readonly Type: 'Fail';
  readonly Error: string;
  readonly Cause: string;
}

export type State = TaskState | ChoiceState | SucceedState | FailState;

export interface StateMachine {
  readonly Comment: string;
  readonly StartAt: string;
  readonly States: { readonly [name: string]: State };
}

/** The resource of a callback task: a Lambda invoked with the task token, then a wait for it. */
export const CALLBACK_RESOURCE = 'arn:aws:states:::lambda:invoke.waitForTaskToken';
export const PUT_EVENTS_RESOURCE = 'arn:aws:states:::events:putEvents';

/** Every state a state can go to next: its Next, its choices and default, its catchers. */
export function successors(state: State): string[] {
  switch (state.Type) {
    case 'Task':
      return [state.Next, ...state.Catch.map((catcher) => catcher.Next)];
    case 'Choice':
      return [...state.Choices.map((rule) => rule.Next), state.Default];
    default:
      return [];
  }
}

/** Throws unless every transition lands on a state and every state is reached from `startAt`. */
export function checkTransitions(states: Readonly<Record<string, State>>, startAt: string): void {
  const reached = new Set<string>([startAt]);
  const pending = [startAt];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const next of successors(states[name] as State)) {
      if (!states[next]) throw new Error(`${name} goes to ${next}, which is no state`);
      if (!reached.has(next)) pending.push(next);
      reached.add(next);
    }
  }
  const unreachable = Object.keys(states).filter((name) => !reached.has(name));
  if (unreachable.length > 0) throw new Error(`No transition reaches ${unreachable.join(', ')}`);
}
