import { createHash } from 'node:crypto';
import type { SigningBatch, SigningBatches, SigningLedger, SigningRecord } from '#documents/domain/ports';
import { ConflictError, DomainError, NotFoundError } from '#kernel/domain/errors';
import type { IdGenerator } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import { localDate, workCalendar } from '#kernel/domain/working-days';
import type { ServiceRequest } from '#requests';
import { requestReader } from '#requests';
import { type RecordDecisionDeps, recordDecision } from '#requests/use-cases/record-decision';
import { activeAuthority } from './signing';

export interface BulkSigningDeps extends RecordDecisionDeps {
  readonly batches: SigningBatches;
  readonly ids: IdGenerator;
}

export interface BatchItem {
  readonly requestId: string;
  /** The SHA-256 of the draft the signer reviewed (GET /requests/{id}/draft). */
  readonly sha256: string;
}

/** Why an item cannot be in the manifest, in Bahasa Indonesia; undefined when it can. */
async function refusal(
  deps: BulkSigningDeps,
  actor: Actor,
  request: ServiceRequest | undefined,
  item: BatchItem,
  today: string,
  canRead: (request: ServiceRequest) => Promise<boolean>,
): Promise<string | undefined> {
  if (!request || !(await canRead(request))) return 'Permohonan tidak ditemukan.';
  if (request.status !== 'AWAITING_SIGNATURE') return 'Permohonan tidak sedang menunggu tanda tangan.';
  if (request.plan?.signatureMode !== 'ELECTRONIC') return 'Layanan ini ditandatangani basah, satu per satu.';
  if (request.draft?.sha256 !== item.sha256) return 'Draf telah berubah sejak diperiksa; periksa ulang.';
  if (!(await activeAuthority(deps.authorities, actor, request.serviceType, today))) {
    return 'Anda tidak berwenang menandatangani dokumen layanan ini.';
  }
  return undefined;
}

/**
 * Bulk signing: the signer approves a batch of reviewed drafts in one act. The manifest (each
 * request with the digest of the draft reviewed) is kept, then each request gets its SIGN
 * decision citing it; issuance signs the manifest once and each document exactly once.
 */
export async function signBatch(
  deps: BulkSigningDeps,
  actor: Actor,
  items: readonly BatchItem[],
): Promise<SigningBatch> {
  const today = localDate(deps.clock.now(), workCalendar(deps.settings));
  const canRead = requestReader(deps, actor);
  const checked = await Promise.all(
    items.map(async (item) => ({
      item,
      reason: await refusal(deps, actor, await deps.records.get(item.requestId), item, today, canRead),
    })),
  );
  const accepted = checked.filter((entry) => !entry.reason).map((entry) => entry.item);
  if (accepted.length === 0) {
    throw new ConflictError(
      'NOTHING_TO_SIGN',
      `Tidak ada dokumen yang dapat ditandatangani: ${checked.map((entry) => `${entry.item.requestId}: ${entry.reason}`).join('; ')}`,
      'items',
    );
  }
  const id = deps.ids.next();
  const createdAt = deps.clock.now().toISOString();
  const manifest = JSON.stringify({
    batchId: id,
    signedBy: actor.username,
    signedAt: createdAt,
    items: accepted.map(({ requestId, sha256 }) => ({ requestId, sha256 })),
  });
  const sha256 = createHash('sha256').update(manifest).digest('hex');
  const batch: SigningBatch = {
    id,
    signedBy: actor.username,
    ...(actor.name && { signerName: actor.name }),
    createdAt,
    manifest,
    sha256,
    items: checked.map(({ item, reason }) =>
      reason ? { ...item, result: 'SKIPPED', reason } : { ...item, result: 'PENDING' },
    ),
  };
  // The signed manifest is kept before any decision cites it.
  await deps.batches.put(batch);
  const results: SigningBatch['items'][number][] = [];
  for (const entry of batch.items) {
    if (entry.result !== 'PENDING') {
      results.push(entry);
      continue;
    }
    try {
      await recordDecision(deps, actor, entry.requestId, { stage: 'SIGNING', outcome: 'SIGN' }, id);
      results.push({ ...entry, result: 'SIGNED' });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ ...entry, result: 'SKIPPED', reason: error.message });
    }
  }
  const done: SigningBatch = { ...batch, items: results };
  await deps.batches.put(done);
  return done;
}

/** A bulk-signing manifest, for its signer and auditors, with the manifest's signature once made. */
export async function readSigningBatch(
  deps: { readonly batches: SigningBatches; readonly ledger: SigningLedger },
  actor: Actor,
  id: string,
): Promise<SigningBatch & { readonly manifestSignature?: SigningRecord }> {
  const batch = await deps.batches.get(id);
  if (!batch || (batch.signedBy !== actor.username && !actor.roles.includes('AUDITOR'))) {
    throw new NotFoundError('BATCH_NOT_FOUND', `Naskah tanda tangan massal ${id} tidak ditemukan.`, 'id');
  }
  const signature = await deps.ledger.get(batch.sha256);
  return { ...batch, ...(signature?.status === 'SIGNED' && { manifestSignature: signature }) };
}
