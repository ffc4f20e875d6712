import { type StepSpec, stepPlaceholder } from '#requests/steps/steps';
import type { Catcher, JsonObject, Retrier, TaskState } from './asl';

/** `${OpenWaitFunctionArn}`: a step's function, as CDK and the local engine substitute it. */
export function placeholder(step: StepSpec): string {
  return `\${${stepPlaceholder(step)}}`;
}

export interface TaskSpec {
  readonly resource: string;
  readonly parameters: JsonObject;
  readonly next: string;
  readonly retry: readonly Retrier[];
  readonly catch: readonly Catcher[];
  readonly resultPath?: string;
  readonly timeoutSecondsPath?: string;
  readonly comment?: string;
}

/** A Task state, its fields in one order in every workflow file. */
export function taskState(spec: TaskSpec): TaskState {
  return {
    Type: 'Task',
    ...(spec.comment && { Comment: spec.comment }),
    Resource: spec.resource,
    Parameters: spec.parameters,
    ResultPath: spec.resultPath ?? null,
    Retry: spec.retry,
    ...(spec.timeoutSecondsPath && { TimeoutSecondsPath: spec.timeoutSecondsPath }),
    Catch: spec.catch,
    Next: spec.next,
  };
}
