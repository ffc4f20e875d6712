import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { handlerModule } from '#infra/handlers';
import { meter } from './meter';

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<LambdaHandler>>();

/** A Lambda context as the runtime would pass it. */
function context(functionName: string): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * Runs the `handler` export of functions/<slice>/<kind>/<module>.ts as Lambda would: loaded once (its
 * module scope is the cold start), then called with an event and a fresh context per invocation.
 * The environment must be set before the first call: modules read it when they load.
 */
export async function invokeLocal(
  kind: 'api' | 'steps' | 'jobs',
  module: string,
  event: unknown,
): Promise<unknown> {
  const path = `${kind}/${module}` as const;
  let handler = loaded.get(path);
  if (!handler) {
    handler = import(pathToFileURL(handlerModule(path)).href).then(
      (loadedModule: { handler: LambdaHandler }) => loadedModule.handler,
    );
    loaded.set(path, handler);
  }
  const run = await handler;
  const started = performance.now();
  try {
    return await run(event, context(module));
  } finally {
    meter.invocation(path, performance.now() - started);
  }
}
