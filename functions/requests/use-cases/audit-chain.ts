import { ConflictError } from '#kernel/domain/errors';
import { requestNotFound } from '#requests/domain/access';
import { type ChainVerdict, verifyChain } from '#requests/domain/audit-chain';
import type { RequestRecords } from '#requests/domain/ports';

/** Reads of a request that keeps changing are tried this many times for one consistent view. */
const READ_ATTEMPTS = 5;

export type AuditChainReport = ChainVerdict & { readonly requestId: string; readonly head?: string };

/**
 * Verifies a request's audit chain against the head the request records; undefined when there is
 * no such request. The trail is read between two reads of the request and used only if the
 * request did not change in between (every write counts its version up): an event written
 * meanwhile must not pass for a broken chain.
 */
export async function checkAuditChain(
  records: Pick<RequestRecords, 'get' | 'listAuditChain'>,
  requestId: string,
): Promise<AuditChainReport | undefined> {
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt += 1) {
    const before = await records.get(requestId);
    if (!before) return undefined;
    const links = await records.listAuditChain(requestId);
    const after = await records.get(requestId);
    if (after?.version === before.version) {
      const head = before.auditHead;
      return { requestId, ...verifyChain(links, head), ...(head && { head }) };
    }
  }
  throw new ConflictError(
    'CONCURRENT_UPDATE',
    'Permohonan sedang berubah sehingga jejak auditnya belum dapat diperiksa. Coba lagi sebentar lagi.',
  );
}

/** A request's audit chain checked, for auditors (who read every request). */
export async function auditChainOf(
  deps: { readonly records: RequestRecords },
  requestId: string,
): Promise<AuditChainReport> {
  const report = await checkAuditChain(deps.records, requestId);
  if (!report) throw requestNotFound(requestId);
  return report;
}
