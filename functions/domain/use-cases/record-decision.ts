import { assertWithinDivision, canReadRequest, requestNotFound } from '../access';
import { serviceSla } from '../catalog/index';
import { serviceFor } from '../catalog/resolve';
import { ConflictError } from '../errors';
import { type Decision, planDecision } from '../lifecycle';
import type { FileStore, SigningAuthorities } from '../ports';
import { WAIT_RULES } from '../request';
import type { Actor } from '../roles';
import type { RuntimeSettings } from '../settings';
import { addWorkingDays, localDate, workCalendar } from '../working-days';
import { activeAuthority } from './signing';
import { readUpload } from './stored-upload';
import { endWait, type OutboxDeps, type Recorded } from './workflow-outbox';

export interface RecordDecisionDeps extends OutboxDeps {
  readonly settings: RuntimeSettings;
  readonly authorities: SigningAuthorities;
  readonly files: FileStore;
  readonly maxUploadBytes: number;
}

/**
 * An official's decision at a stage, accepted once: the record changes conditionally on the
 * version read (of two concurrent decisions one wins, the other gets 409), together with the
 * workflow resumption it owes; the resumption is then delivered (see workflow-outbox).
 */
export async function recordDecision(
  deps: RecordDecisionDeps,
  actor: Actor,
  requestId: string,
  decision: Decision,
  /** The bulk-signing manifest a SIGN decision belongs to. */
  batchId?: string,
): Promise<Recorded> {
  const request = await deps.records.get(requestId);
  if (!request || !canReadRequest(actor, request)) throw requestNotFound(requestId);
  assertWithinDivision(actor, decision.stage, request.serviceType, deps.settings);
  const service = serviceFor(request.serviceType, deps.settings);
  const now = deps.clock.now();
  const calendar = workCalendar(deps.settings);
  const signingAuthority =
    decision.stage === 'SIGNING'
      ? await activeAuthority(deps.authorities, actor, request.serviceType, localDate(now, calendar))
      : undefined;
  if (decision.stage === 'SIGNING' && decision.outcome === 'SIGN' && request.signedScan) {
    const scan = { ...request.signedScan, fileName: 'pindaian bertanda tangan' };
    if (!(await readUpload(deps, scan, 'signedScan'))) {
      throw new ConflictError(
        'SIGNED_SCAN_MISSING',
        'Pindaian dokumen bertanda tangan basah belum diunggah.',
      );
    }
  }
  const plan = planDecision(request, actor, decision, {
    service,
    documents: await deps.records.listDocuments(requestId),
    now,
    deficiencyDueAt: addWorkingDays(now, serviceSla(service, deps.settings).deficiencyWindow, calendar),
    ...(signingAuthority && { signingAuthority }),
  });
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
  const change = batchId && signed ? { ...plan.change, signingBatchId: batchId } : plan.change;
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
