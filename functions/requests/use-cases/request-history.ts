import type { Actor } from '#kernel/domain/roles';
import { type ReadScope, readableRequest } from '#requests/domain/access';
import type { ExecutionHistory, RequestRecords, Workflow } from '#requests/domain/ports';
import type { AuditEvent } from '#requests/domain/request';

/**
 * A request's history: the append-only audit trail (who decided what, when, why) beside the
 * workflow's execution history, for the applicant, staff and auditors.
 */
export async function requestHistory(
  deps: ReadScope & { readonly records: RequestRecords; readonly workflow: Workflow },
  actor: Actor,
  requestId: string,
): Promise<{ audit: AuditEvent[]; execution?: ExecutionHistory }> {
  const request = await readableRequest(deps, actor, requestId);
  const [audit, execution] = await Promise.all([
    deps.records.listAudit(requestId),
    request.submittedAt ? deps.workflow.history(requestId) : Promise.resolve(undefined),
  ]);
  return { audit, ...(execution && { execution }) };
}
