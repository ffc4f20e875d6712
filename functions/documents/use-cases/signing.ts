import type { ArchiveStore } from '#archive';
import type { SigningAuthorities, SigningAuthority } from '#documents/domain/ports';
import type { FileStore } from '#files';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import type { DocumentContentType, RequestRecords, ServiceRequest } from '#requests';
import { type ReadScope, readableRequest, requireOpenWait } from '#requests';
import { retryingConflicts } from '#requests/use-cases/latest';

/** The authority `actor` holds to sign `serviceType` on local date `today`, if any. */
export async function activeAuthority(
  authorities: SigningAuthorities,
  actor: Actor,
  serviceType: string,
  today: string,
): Promise<SigningAuthority | undefined> {
  const holders = await authorities.forService(serviceType);
  return holders.find(
    (authority) =>
      authority.username === actor.username &&
      authority.validFrom <= today &&
      (authority.validUntil === undefined || today <= authority.validUntil),
  );
}

export interface SignedScanDeps extends ReadScope {
  readonly records: RequestRecords;
  readonly files: FileStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly maxUploadBytes: number;
}

/**
 * Registers the scan of a wet-signed document (Kediri Pasal 12b) and hands back where to
 * upload it. The signing decision is taken once the scan is stored.
 */
export async function registerSignedScan(
  deps: SignedScanDeps,
  actor: Actor,
  requestId: string,
  file: { readonly contentType: DocumentContentType; readonly size: number },
): Promise<{ request: ServiceRequest; uploadUrl: string }> {
  if (!hasAnyRole(actor, ['SIGNER', 'VERIFIER'])) {
    throw new ForbiddenError(
      'ROLE_NOT_ALLOWED',
      'Pindaian dokumen bertanda tangan basah diunggah oleh pejabat penandatangan atau Admin BKPSDM.',
    );
  }
  const notAwaiting = () =>
    new ConflictError(
      'NOT_AWAITING_WET_SIGNATURE',
      'Permohonan ini tidak sedang menunggu tanda tangan basah.',
    );
  return retryingConflicts(async () => {
    const request = await readableRequest(deps, actor, requestId);
    requireOpenWait(request, 'SIGNING', notAwaiting);
    if (request.plan?.signatureMode !== 'WET') throw notAwaiting();
    return registerScan(deps, actor, request, file);
  });
}

async function registerScan(
  deps: SignedScanDeps,
  actor: Actor,
  request: ServiceRequest,
  file: { readonly contentType: DocumentContentType; readonly size: number },
): Promise<{ request: ServiceRequest; uploadUrl: string }> {
  const requestId = request.id;
  if (file.size > deps.maxUploadBytes) {
    throw new ValidationError(
      'FILE_TOO_LARGE',
      `Ukuran berkas melebihi batas ${Math.floor(deps.maxUploadBytes / 1_048_576)} MB.`,
      'size',
    );
  }
  const key = `requests/${requestId}/signed/${deps.ids.next()}`;
  const now = deps.clock.now().toISOString();
  const updated = await deps.records.transition(
    request,
    {
      signedScan: {
        key,
        contentType: file.contentType,
        size: file.size,
        uploadedBy: actor.username,
        registeredAt: now,
      },
    },
    {
      requestId,
      at: now,
      actor: { username: actor.username, role: hasAnyRole(actor, ['SIGNER']) ? 'SIGNER' : 'VERIFIER' },
      action: 'SIGNED_SCAN_REGISTERED',
      stage: 'SIGNING',
    },
  );
  return { request: updated, uploadUrl: await deps.files.uploadUrl(key, file.contentType, file.size) };
}

/** The draft of the document to sign (for wet signatures, the copy to print), for agency staff. */
export async function draftDownload(
  deps: ReadScope & { readonly records: RequestRecords; readonly archive: ArchiveStore },
  actor: Actor,
  requestId: string,
): Promise<{ documentId: string; downloadUrl: string; sha256: string }> {
  const request = await readableRequest(deps, actor, requestId);
  if (!request.draft)
    throw new NotFoundError('DRAFT_NOT_READY', 'Draf dokumen untuk permohonan ini belum tersedia.');
  const downloadUrl = await deps.archive.downloadUrl(request.draft.key, {
    fileName: `DRAF-${request.serviceType}-${request.applicant.nip}`,
    contentType: request.draft.contentType,
  });
  return { documentId: request.draft.documentId, downloadUrl, sha256: request.draft.sha256 };
}
