import { clock } from '#kernel/adapters/clock';
import { logger } from '#kernel/adapters/observability';
import { requests } from '#requests/adapters/request-records';
import { workflowCallbacks } from '#requests/adapters/workflow-callbacks';
import type { Recorded } from '#requests/use-cases/task-tokens';
import { readScope } from './read-scope';

/**
 * What the routes that end a workflow wait need: records, the clock, the callbacks that resume
 * it, and what deciding who may read a request needs.
 */
export const resumeDeps = {
  ...readScope,
  records: requests,
  workflow: { resume: workflowCallbacks.resume },
  clock,
};

/** The recorded request; a workflow call left to the outbox is logged, not failed: it will be delivered. */
export function settled(recorded: Recorded) {
  if (recorded.deferred) {
    logger.warn('workflow call deferred to the outbox', {
      requestId: recorded.request.id,
      error: recorded.deferred as Error,
    });
  }
  return recorded.request;
}
