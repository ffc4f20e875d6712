import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ImportJob, ImportJobs, JobRunner } from '#employees/domain/ports';
import { documentClient, putIfAbsent, tableName } from '#kernel/adapters/dynamodb';
import { tracer } from '#kernel/adapters/observability';
import { RESOURCE_ENV } from '#kernel/resources';

const key = (id: string) => ({ pk: `IMPORT#${id}`, sk: 'JOB' });

/** Employee imports and their progress, one item each. */
export const importJobs: ImportJobs = {
  async get(id) {
    const result = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }),
    );
    return result.Item?.job as ImportJob | undefined;
  },

  async create(job) {
    return putIfAbsent({ ...key(job.id), type: 'IMPORT', job });
  },

  async update(job) {
    await documentClient.send(
      new PutCommand({ TableName: tableName, Item: { ...key(job.id), type: 'IMPORT', job } }),
    );
  },
};

const lambda = tracer.captureAWSv3Client(new LambdaClient({}));

/** Starts the import worker without waiting for it (an asynchronous invocation). */
export function lambdaJobRunner(functionName = process.env[RESOURCE_ENV.jobs]): JobRunner {
  if (!functionName) throw new Error(`Missing required environment variable ${RESOURCE_ENV.jobs}`);
  return {
    async runImport(id) {
      await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'Event',
          Payload: JSON.stringify({ importId: id }),
        }),
      );
    },
  };
}
