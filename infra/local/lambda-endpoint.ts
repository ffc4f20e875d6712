import type { IncomingMessage, ServerResponse } from 'node:http';
import { invokeLocal } from './lambda-runtime';

const INVOKE_PATH = /^\/2015-03-31\/functions\/([A-Za-z0-9_-]+)\/invocations$/;

/**
 * The Lambda Invoke API for the project's background jobs (functions/<slice>/jobs/), so an API function
 * starts a job through the SDK exactly as in AWS. `Event` invocations answer 202 at once and
 * run after; errors are printed, as CloudWatch would log them.
 */
export async function handleLambdaInvoke(
  request: IncomingMessage,
  response: ServerResponse,
  body: string,
): Promise<boolean> {
  const match = INVOKE_PATH.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (request.method !== 'POST' || !match?.[1]) return false;
  const functionName = match[1];
  const payload: unknown = body ? JSON.parse(body) : {};
  if (request.headers['x-amz-invocation-type'] === 'Event') {
    response.writeHead(202).end();
    invokeLocal('jobs', functionName, payload).catch((error: unknown) => {
      process.stderr.write(`job ${functionName} failed: ${(error as Error).stack ?? String(error)}\n`);
    });
    return true;
  }
  try {
    const result = await invokeLocal('jobs', functionName, payload);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result ?? null));
  } catch (error) {
    response
      .writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' })
      .end(JSON.stringify({ errorType: (error as Error).name, errorMessage: (error as Error).message }));
  }
  return true;
}
