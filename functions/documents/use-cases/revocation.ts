import type { EmployeeArchive, IssuedDocument } from '#archive';
import type { SigningAuthorities } from '#documents/domain/ports';
import { ConflictError, ForbiddenError, NotFoundError } from '#kernel/domain/errors';
import type { Clock } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { localDate, workCalendar } from '#kernel/domain/working-days';
import type { RequestRecords } from '#requests';
import { withLatest } from '#requests/use-cases/latest';
import { activeAuthority } from './signing';

export interface RevocationDeps {
  readonly employeeArchive: EmployeeArchive;
  readonly authorities: SigningAuthorities;
  readonly records: RequestRecords;
  readonly clock: Clock;
  readonly settings: RuntimeSettings;
}

/**
 * Revokes an issued document, once, with a reason: by a signer who holds authority for its
 * service today. Verification then reports it revoked; the request's audit trail records who and why.
 */
export async function revokeDocument(
  deps: RevocationDeps,
  actor: Actor,
  documentId: string,
  reason: string,
): Promise<IssuedDocument> {
  const document = await deps.employeeArchive.get(documentId);
  if (document?.source !== 'ISSUED') {
    throw new NotFoundError(
      'DOCUMENT_NOT_FOUND',
      `Dokumen terbit ${documentId} tidak ditemukan.`,
      'documentId',
    );
  }
  const now = deps.clock.now();
  const authority = await activeAuthority(
    deps.authorities,
    actor,
    document.serviceType,
    localDate(now, workCalendar(deps.settings)),
  );
  if (!authority) {
    throw new ForbiddenError(
      'NO_SIGNING_AUTHORITY',
      'Pencabutan dokumen hanya oleh pejabat yang berwenang menandatangani dokumen layanan ini.',
    );
  }
  const revocation = { reason, at: now.toISOString(), by: actor.username, byName: authority.name };
  if (!(await deps.employeeArchive.revoke(documentId, revocation))) {
    throw new ConflictError('ALREADY_REVOKED', 'Dokumen ini sudah dicabut.');
  }
  await withLatest(deps.records, document.requestId, (request) =>
    deps.records.transition(
      request,
      {},
      {
        requestId: request.id,
        at: revocation.at,
        actor: { username: actor.username, role: 'SIGNER' },
        action: 'DOCUMENT_REVOKED',
        note: `Dokumen ${document.number} (${documentId}) dicabut: ${reason}`,
      },
    ),
  );
  return { ...document, revocation };
}
