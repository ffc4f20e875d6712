import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { RESOURCE_ENV } from '#kernel/resources';
import { LOCAL_PORTS } from '#local/ports';
import { LOCAL_ACCOUNT } from '#local/stepfunctions/definition';
import type { ServiceRequest } from '#requests/domain/request';
import { resumedWorkflowInput, resumePointOf } from '#requests/use-cases/workflow-resumption';
import { forEachConcurrently, type Target, UsageError } from './backup-format';

/**
 * After a restore, the workflows of the requests that were in flight: a deployment restored into
 * never ran them, so each starts again at the stage its record says (the state machine's first
 * state routes on `resumeAt`; a wait already open keeps its deadline).
 */

/** The state machine a restore starts workflows in. */
export interface WorkflowTarget {
  readonly stateMachineArn: string;
  readonly sfn: SFNClient;
}

export const WORKFLOW_USAGE = `  --state-machine ARN  the service-request state machine (or ${RESOURCE_ENV.workflow}; stack output StateMachineArn),
                       required with the three above: the workflows of in-flight requests start in it`;

/** The named state machine in AWS (required with an AWS target), or the local stack's. */
export function resolveWorkflow(
  option: string | undefined,
  target: Target,
  region: string,
  env: NodeJS.ProcessEnv,
): WorkflowTarget {
  const named = option ?? env[RESOURCE_ENV.workflow];
  if (target.where === 'AWS') {
    if (!named)
      throw new UsageError(
        'A deployment in AWS needs --state-machine too: the workflows of in-flight requests start in it.',
      );
    return { stateMachineArn: named, sfn: new SFNClient({ maxAttempts: 5 }) };
  }
  const endpoint =
    env.AWS_ENDPOINT_URL_SFN ??
    `http://127.0.0.1:${env[LOCAL_PORTS.stepFunctions.env] || LOCAL_PORTS.stepFunctions.default}`;
  return {
    stateMachineArn: named ?? `arn:aws:states:${region}:${LOCAL_ACCOUNT}:stateMachine:service-request`,
    sfn: new SFNClient({
      region,
      endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 5,
    }),
  };
}

async function* restoredRequests(target: Target): AsyncGenerator<ServiceRequest> {
  const documents = DynamoDBDocumentClient.from(target.dynamodb);
  const pages = paginateScan(
    { client: documents },
    {
      TableName: target.table,
      FilterExpression: '#type = :request',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':request': 'REQUEST' },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) yield item.request as ServiceRequest;
  }
}

/**
 * Starts the workflow of every restored request that was in flight, named by the request as the
 * API names it. One that already has an execution of that name (a restore with --force into the
 * deployment that took the backup) is left as it is and counted.
 */
export async function restartWorkflows(
  target: Target,
  workflow: WorkflowTarget,
  concurrency: number,
): Promise<{ restarted: number; existing: string[] }> {
  let restarted = 0;
  const existing: string[] = [];
  await forEachConcurrently(restoredRequests(target), concurrency, async (request) => {
    const resumeAt = resumePointOf(request);
    if (!resumeAt) return;
    try {
      await workflow.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: workflow.stateMachineArn,
          name: request.id,
          input: JSON.stringify(resumedWorkflowInput(request, resumeAt)),
        }),
      );
      restarted += 1;
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExists || (error as Error).name === 'ExecutionAlreadyExists'))
        throw error;
      existing.push(request.id);
    }
  });
  return { restarted, existing };
}
