import { ConflictError } from '#kernel/domain/errors';
import { clearOutbox, deliverOutbox, type OutboxDeps } from './workflow-outbox';

/**
 * An owed call younger than this is left to whoever recorded it (they may still be delivering
 * it; delivering twice is harmless, as a start is idempotent and a spent token is recognised).
 */
const GRACE_MS = 5_000;
/** Failures in a row after which a pass stops: the service is down, and each attempt costs the SDK's retries. */
const FAILURES_BEFORE_PAUSE = 3;
/** An owed resumption whose token is spent this long is dropped: the wait ended another way. */
const SPENT_AFTER_MS = 15 * 60_000;

/**
 * The scheduled delivery of workflow calls the records owe (see workflow-outbox): starts of
 * submitted requests and resumptions of ended waits that were not delivered at the time.
 * `oldestSince` is when the oldest of them was owed (for the outbox age metric).
 */
export async function deliverOwedCalls(deps: OutboxDeps, limit = 50) {
  const now = deps.clock.now().getTime();
  const owed = await deps.records.listOutbox(new Date(now - GRACE_MS).toISOString(), limit);
  let delivered = 0;
  let dropped = 0;
  let failures = 0;
  for (const request of owed) {
    if (failures >= FAILURES_BEFORE_PAUSE) break;
    try {
      if (await deliverOutbox(deps, request)) delivered += 1;
      failures = 0;
    } catch (error) {
      failures += 1;
      const since = request.outbox ? Date.parse(request.outbox.since) : now;
      if (
        error instanceof ConflictError &&
        error.code === 'TASK_EXPIRED' &&
        now - since > SPENT_AFTER_MS &&
        request.outbox
      ) {
        await clearOutbox(deps, request, request.outbox.since);
        dropped += 1;
        failures = 0;
      }
    }
  }
  const oldestSince = owed.flatMap((request) => (request.outbox ? [request.outbox.since] : [])).sort()[0];
  return {
    owed: owed.length,
    delivered,
    dropped,
    settled: delivered + dropped === owed.length,
    ...(oldestSince && { oldestSince }),
  };
}
