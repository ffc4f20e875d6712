import {
  DescribeExecutionCommand,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { requireEnv } from '#kernel/adapters/env';
import { RESOURCE_ENV } from '#kernel/resources';
import type { ExecutionEvent, Workflow } from '#requests/domain/ports';
import { sfn, workflowCallbacks } from './workflow-callbacks';

const stateMachineArn = requireEnv(RESOURCE_ENV.workflow);

function executionArnOf(name: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
}

/** The fields of a history event an auditor reads: which state, and what went wrong if anything did. */
function readable(event: HistoryEvent): ExecutionEvent {
  const state = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name;
  const failure =
    event.executionFailedEventDetails ??
    event.taskFailedEventDetails ??
    event.taskTimedOutEventDetails ??
    event.lambdaFunctionFailedEventDetails;
  return {
    id: event.id ?? 0,
    type: event.type ?? 'Unknown',
    timestamp: (event.timestamp ?? new Date(0)).toISOString(),
    ...(state && { state }),
    ...(failure?.error && { error: failure.error }),
  };
}

/** The service-request state machine: started and read by the API, resumed by anyone holding a token. */
export const stepFunctionsWorkflow: Workflow = {
  async start(name, input) {
    const result = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
    );
    return result.executionArn ?? '';
  },

  resume: workflowCallbacks.resume,

  async history(name) {
    const executionArn = executionArnOf(name);
    try {
      const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      const events: ExecutionEvent[] = [];
      let nextToken: string | undefined;
      do {
        const page = await sfn.send(
          new GetExecutionHistoryCommand({
            executionArn,
            maxResults: 1000,
            nextToken,
            includeExecutionData: false,
          }),
        );
        events.push(...(page.events ?? []).map(readable));
        nextToken = page.nextToken;
      } while (nextToken);
      return {
        executionArn,
        status: execution.status ?? 'UNKNOWN',
        startDate: (execution.startDate ?? new Date(0)).toISOString(),
        ...(execution.stopDate && { stopDate: execution.stopDate.toISOString() }),
        events,
      };
    } catch (error) {
      if (
        error instanceof ExecutionDoesNotExist ||
        (error instanceof Error && error.name === 'ExecutionDoesNotExist')
      )
        return undefined;
      throw error;
    }
  },
};
