import { clock } from '#adapters/clock';
import { logger } from '#adapters/observability';
import { requests } from '#adapters/request-records';
import { workflowCallbacks } from '#adapters/workflow-callbacks';
import type { Recorded } from '#domain/use-cases/workflow-outbox';

/** What the routes that end a workflow wait need: records, the clock, and the callbacks that resume it. */
export const resumeDeps = { records: requests, workflow: { resume: workflowCallbacks.resume }, clock };

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
