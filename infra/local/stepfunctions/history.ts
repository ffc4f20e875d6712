import type { Clock } from '#kernel/domain/ports';

/** One event of an execution's history, in the shape GetExecutionHistory returns (AWS field names). */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: Date;
  readonly type: string;
  readonly [details: string]: unknown;
}

type StateType = 'Task' | 'Parallel' | 'Map' | 'Pass' | 'Wait' | 'Choice' | 'Succeed' | 'Fail';

const json = (value: unknown) => JSON.stringify(value ?? null);

/**
 * An execution's history, appended in the order things happened. Builders name events the way
 * Step Functions does, so an auditor reading the local history reads what AWS would show.
 */
export class History {
  readonly events: HistoryEvent[] = [];

  constructor(private readonly clock: Clock) {}

  private add(type: string, details: Record<string, unknown> = {}): void {
    const id = this.events.length + 1;
    this.events.push({ id, previousEventId: id - 1, timestamp: this.clock.now(), type, ...details });
  }

  executionStarted(input: unknown, roleArn: string) {
    this.add('ExecutionStarted', {
      executionStartedEventDetails: { input: json(input), inputDetails: { truncated: false }, roleArn },
    });
  }

  executionSucceeded(output: unknown) {
    this.add('ExecutionSucceeded', {
      executionSucceededEventDetails: { output: json(output), outputDetails: { truncated: false } },
    });
  }

  executionFailed(error: string, cause: string) {
    this.add('ExecutionFailed', { executionFailedEventDetails: { error, cause } });
  }

  executionAborted(error?: string, cause?: string) {
    this.add('ExecutionAborted', {
      executionAbortedEventDetails: { ...(error && { error }), ...(cause && { cause }) },
    });
  }

  stateEntered(type: StateType, name: string, input: unknown) {
    this.add(`${type}StateEntered`, {
      stateEnteredEventDetails: { name, input: json(input), inputDetails: { truncated: false } },
    });
  }

  stateExited(type: StateType, name: string, output: unknown) {
    this.add(`${type}StateExited`, {
      stateExitedEventDetails: { name, output: json(output), outputDetails: { truncated: false } },
    });
  }

  lambdaScheduled(resource: string, input: unknown) {
    this.add('LambdaFunctionScheduled', {
      lambdaFunctionScheduledEventDetails: {
        resource,
        input: json(input),
        inputDetails: { truncated: false },
      },
    });
    this.add('LambdaFunctionStarted');
  }

  lambdaSucceeded(output: unknown) {
    this.add('LambdaFunctionSucceeded', {
      lambdaFunctionSucceededEventDetails: { output: json(output), outputDetails: { truncated: false } },
    });
  }

  lambdaFailed(error: string, cause: string) {
    this.add('LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: { error, cause } });
  }

  taskScheduled(resource: string, region: string, parameters: unknown, timeoutInSeconds?: number) {
    const [resourceType, ...rest] = resource.replace('arn:aws:states:::', '').split(':');
    const task = { resourceType, resource: rest.join(':') };
    this.add('TaskScheduled', {
      taskScheduledEventDetails: {
        ...task,
        region,
        parameters: json(parameters),
        ...(timeoutInSeconds !== undefined && { timeoutInSeconds }),
      },
    });
    this.add('TaskStarted', { taskStartedEventDetails: task });
    return task;
  }

  taskSubmitted(task: object, output: unknown) {
    this.add('TaskSubmitted', { taskSubmittedEventDetails: { ...task, output: json(output) } });
  }

  taskSucceeded(task: object, output: unknown) {
    this.add('TaskSucceeded', { taskSucceededEventDetails: { ...task, output: json(output) } });
  }

  taskFailed(task: object, error: string, cause: string) {
    this.add('TaskFailed', { taskFailedEventDetails: { ...task, error, cause } });
  }

  taskTimedOut(task: object, cause: string) {
    this.add('TaskTimedOut', { taskTimedOutEventDetails: { ...task, error: 'States.Timeout', cause } });
  }
}
