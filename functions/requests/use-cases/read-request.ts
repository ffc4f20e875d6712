import type { Actor } from '#kernel/domain/roles';
import { type ReadScope, readableRequest } from '#requests/domain/access';
import type { RequestRecords } from '#requests/domain/ports';
import type { RequestDocument, ServiceRequest } from '#requests/domain/request';

/** A request with its documents, if the caller may see it (404 otherwise, so ids cannot be probed). */
export async function readRequest(
  deps: ReadScope & { readonly records: RequestRecords },
  actor: Actor,
  requestId: string,
): Promise<{ request: ServiceRequest; documents: RequestDocument[] }> {
  const request = await readableRequest(deps, actor, requestId);
  return { request, documents: await deps.records.listDocuments(requestId) };
}
