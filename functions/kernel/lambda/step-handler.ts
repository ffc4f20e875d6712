import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { z } from 'zod';
import { redactText } from '#kernel/adapters/log-redaction';
import { logger, metrics, tracer } from '#kernel/adapters/observability';

/**
 * A step's error as the state machine records it: its message and stack go into the execution
 * history (the failed attempt, and the fault a Catch passes on), so NIP- and NIK-shaped numbers
 * and e-mail addresses are masked there as in the logs. Its class name stays: Retry and Catch
 * match on it.
 */
function masked(error: unknown): unknown {
  if (error instanceof Error) {
    error.message = redactText(error.message);
    if (error.stack) error.stack = redactText(error.stack);
  }
  return error;
}

/**
 * Wraps a workflow step: Powertools, then its input parsed with zod. A step's errors keep their
 * class name, which is what the state machine's Retry and Catch match on.
 */
export function stepHandler<S extends z.ZodType, R>(input: S, run: (input: z.output<S>) => Promise<R>) {
  return middy<unknown, R>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(captureLambdaHandler(tracer))
    .handler(async (event) => {
      try {
        return await run(input.parse(event));
      } catch (error) {
        throw masked(error);
      }
    });
}
