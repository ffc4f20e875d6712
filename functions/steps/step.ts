import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { z } from 'zod';
import { logger, metrics, tracer } from '#adapters/observability';

/**
 * Wraps a workflow step: Powertools, then its input parsed with zod. A step's errors keep their
 * class name, which is what the state machine's Retry and Catch match on.
 */
export function stepHandler<S extends z.ZodType, R>(input: S, run: (input: z.output<S>) => Promise<R>) {
  return middy<unknown, R>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use(captureLambdaHandler(tracer))
    .handler((event) => run(input.parse(event)));
}
