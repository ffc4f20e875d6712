import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  SFNClient,
} from '@aws-sdk/client-sfn';
import type { StackInfo } from './local-stack';

/** Reads a request's execution straight from the local Step Functions endpoint, as an auditor would in AWS. */
export function executions(stack: StackInfo) {
  const sfn = new SFNClient({
    endpoint: stack.urls.stepFunctions,
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  const executionArn = (requestId: string) =>
    `${stack.stateMachineArn.replace(':stateMachine:', ':execution:')}:${requestId}`;
  return {
    async status(requestId: string) {
      return (await sfn.send(new DescribeExecutionCommand({ executionArn: executionArn(requestId) }))).status;
    },
    /** Every event of the execution's history with its data (inputs, outputs, parameters), as GetExecutionHistory gives it. */
    async history(requestId: string): Promise<HistoryEvent[]> {
      const events: HistoryEvent[] = [];
      let nextToken: string | undefined;
      do {
        const page = await sfn.send(
          new GetExecutionHistoryCommand({
            executionArn: executionArn(requestId),
            maxResults: 1000,
            includeExecutionData: true,
            nextToken,
          }),
        );
        events.push(...(page.events ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      return events;
    },
    /** The names of the states entered, in order. */
    async statesEntered(requestId: string): Promise<string[]> {
      const history = await sfn.send(
        new GetExecutionHistoryCommand({ executionArn: executionArn(requestId), maxResults: 1000 }),
      );
      return (history.events ?? []).flatMap((event) => event.stateEnteredEventDetails?.name ?? []);
    },
    /** The errors of the Lambda attempts that failed, in order (each then retried or caught). */
    async failedAttempts(requestId: string): Promise<string[]> {
      const history = await sfn.send(
        new GetExecutionHistoryCommand({ executionArn: executionArn(requestId), maxResults: 1000 }),
      );
      return (history.events ?? []).flatMap((event) => event.lambdaFunctionFailedEventDetails?.error ?? []);
    },
  };
}
