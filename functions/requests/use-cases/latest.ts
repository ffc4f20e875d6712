import { ConflictError } from '#kernel/domain/errors';
import type { RequestRecords } from '#requests/domain/ports';
import type { ServiceRequest } from '#requests/domain/request';

/** Whether another writer changed the request between a read and a write. */
export const isConcurrentUpdate = (error: unknown) =>
  error instanceof ConflictError && error.code === 'CONCURRENT_UPDATE';

/**
 * Runs `act` again when another writer changed the same request between its read and its write
 * (a workflow step recording its token, an escalation, a timer, the outbox being cleared). Each
 * attempt reads afresh and checks again, so an act that no longer applies gets its own error, and
 * a person's act never fails because the system touched the record at the same moment.
 */
export async function retryingConflicts<T>(act: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await act();
    } catch (error) {
      if (!isConcurrentUpdate(error) || attempt >= attempts) throw error;
      // A short random pause, so two writers that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/**
 * Runs `change` against the latest version of request `id`, retrying when another writer got
 * there first. `change` returns undefined when, on the fresh request, there is nothing to do.
 */
export function withLatest<T>(
  records: RequestRecords,
  id: string,
  change: (request: ServiceRequest) => Promise<T | undefined>,
): Promise<T | undefined> {
  return retryingConflicts(async () => {
    const request = await records.get(id);
    if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${id} does not exist.`);
    return change(request);
  });
}
