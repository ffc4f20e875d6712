import { serviceFor, serviceSla } from '#catalog';
import type { SigningAuthorities } from '#documents';
import { activeAuthority } from '#documents/use-cases/signing';
import type { FileStore } from '#files';
import { freezeUpload } from '#files/use-cases/frozen-files';
import { ConflictError } from '#kernel/domain/errors';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { addWorkingDays, localDate, workCalendar } from '#kernel/domain/working-days';
import { assertWithinDivision, readableRequest } from '#requests/domain/access';
import { type Decision, planDecision } from '#requests/domain/lifecycle';
import { type SignedScan, WAIT_RULES } from '#requests/domain/request';
import { retryingConflicts } from './latest';
import { endWait, type OutboxDeps, type Recorded } from './task-tokens';
import { type VerifiedFactsDeps, verifiedFacts } from './verified-facts';

export interface RecordDecisionDeps extends OutboxDeps, VerifiedFactsDeps {
  readonly settings: RuntimeSettings;
  readonly authorities: SigningAuthorities;
  readonly files: FileStore;
  readonly maxUploadBytes: number;
}

/**
 * An official's decision at a stage, accepted once: the record changes conditionally on the
 * version read (of two concurrent decisions one wins, the other gets 409), together with the
 * workflow resumption it owes; the resumption is then delivered (see task-tokens). A write
 * the system made in between (the workflow recording its token, an escalation) is retried.
 */
export function recordDecision(
  deps: RecordDecisionDeps,
  actor: Actor,
  requestId: string,
  decision: Decision,
  /** The bulk-signing manifest a SIGN decision belongs to. */
  batchId?: string,
): Promise<Recorded> {
  return retryingConflicts(() => decideOnce(deps, actor, requestId, decision, batchId));
}

async function decideOnce(
  deps: RecordDecisionDeps,
  actor: Actor,
  requestId: string,
  decision: Decision,
  batchId: string | undefined,
): Promise<Recorded> {
  const request = await readableRequest(deps, actor, requestId);
  assertWithinDivision(actor, decision.stage, request.serviceType, deps.settings);
  const service = serviceFor(request.serviceType, deps.settings);
  const now = deps.clock.now();
  const calendar = workCalendar(deps.settings);
  const signingAuthority =
    decision.stage === 'SIGNING'
      ? await activeAuthority(deps.authorities, actor, request.serviceType, localDate(now, calendar))
      : undefined;
  const plan = planDecision(request, actor, decision, {
    service,
    documents: await deps.records.listDocuments(requestId),
    now,
    deficiencyDueAt: addWorkingDays(now, serviceSla(service, deps.settings).deficiencyWindow, calendar),
    ...(signingAuthority && { signingAuthority }),
  });
  // The wet-signed scan is frozen as the signer declares it signed: what is issued is what they saw.
  const scan = plan.change.signature && request.signedScan;
  const frozenScan = scan && (await freezeSignedScan(deps, scan));
  const verified = await verifiedFacts(deps, actor, request, service, decision);
  const deficiencyNote = plan.change.deficiency
    ? plan.change.deficiency.items.map((item) => `${item.requirementCode}: ${item.reason}`).join('; ')
    : undefined;
  const signed = plan.change.signature;
  const signingNote = signed && [
    signed.acting &&
      `Ditandatangani oleh ${signed.acting === 'PLT' ? 'Plt.' : 'Plh.'} ${signed.position} ` +
        `(${signed.signerName ?? signed.signedBy}) berdasarkan ${signed.basis ?? '-'}`,
    batchId && `dalam naskah tanda tangan massal ${batchId}`,
  ];
  const note = [decision.note, deficiencyNote, ...(signingNote ?? [])].filter(Boolean).join(' — ');
  const change = {
    ...plan.change,
    ...(verified && { verified }),
    ...(batchId && signed && { signingBatchId: batchId }),
    ...(frozenScan && { signedScan: frozenScan }),
  };
  return endWait(deps, request, decision.stage, change, plan.output, {
    requestId,
    at: now.toISOString(),
    actor: { username: actor.username, role: WAIT_RULES[decision.stage].role ?? 'VERIFIER' },
    action: 'DECIDED',
    stage: decision.stage,
    outcome: decision.outcome,
    ...(note && { note }),
    fromStatus: request.status,
    toStatus: plan.status,
  });
}

async function freezeSignedScan(deps: RecordDecisionDeps, scan: SignedScan): Promise<SignedScan> {
  const frozen = await freezeUpload(deps, { ...scan, fileName: 'pindaian bertanda tangan' }, 'signedScan');
  if (!frozen) {
    throw new ConflictError('SIGNED_SCAN_MISSING', 'Pindaian dokumen bertanda tangan basah belum diunggah.');
  }
  return { ...scan, ...frozen };
}
