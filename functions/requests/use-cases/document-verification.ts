import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import { type ReadScope, readableRequest } from '#requests/domain/access';
import { requireOpenWait } from '#requests/domain/lifecycle';
import type { RequestRecords } from '#requests/domain/ports';
import type { RequestDocument } from '#requests/domain/request';

export interface MarkDeps extends ReadScope {
  readonly records: RequestRecords;
  readonly clock: Clock;
}

/**
 * A verifier marks one requirement document valid or invalid (with a reason), or undoes the
 * mark (`mark` undefined). Marks can change until the verification decision is given.
 */
export async function markDocument(
  deps: MarkDeps,
  actor: Actor,
  requestId: string,
  documentId: string,
  mark: { readonly status: 'VALID' | 'INVALID'; readonly reason?: string } | undefined,
): Promise<RequestDocument> {
  if (!actor.roles.includes('VERIFIER')) {
    throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Dokumen diverifikasi oleh Admin BKPSDM (verifikator).');
  }
  const request = await readableRequest(deps, actor, requestId);
  requireOpenWait(
    request,
    'VERIFICATION',
    () => new ConflictError('NOT_IN_VERIFICATION', 'Dokumen hanya dapat ditandai selama tahap verifikasi.'),
  );
  if (request.claim && request.claim.username !== actor.username) {
    throw new ConflictError(
      'CLAIMED_BY_OTHER',
      `Permohonan ini sedang ditangani oleh ${request.claim.name ?? request.claim.username}.`,
    );
  }
  const document = (await deps.records.listDocuments(requestId)).find(
    (candidate) => candidate.id === documentId,
  );
  if (document?.status !== 'UPLOADED') {
    throw new NotFoundError(
      'DOCUMENT_NOT_FOUND',
      `Dokumen ${documentId} tidak ditemukan pada permohonan ini.`,
      'documentId',
    );
  }
  if (mark?.status === 'INVALID' && !mark.reason) {
    throw new ValidationError('REASON_REQUIRED', 'Dokumen yang tidak valid wajib disertai alasan.', 'reason');
  }
  const { verification: _previous, ...unmarked } = document;
  const updated: RequestDocument = mark
    ? {
        ...unmarked,
        verification: {
          status: mark.status,
          ...(mark.reason && { reason: mark.reason }),
          by: actor.username,
          at: deps.clock.now().toISOString(),
        },
      }
    : unmarked;
  await deps.records.putDocument(updated);
  return updated;
}
