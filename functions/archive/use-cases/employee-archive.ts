import { type ArchivedDocument, archivedDocumentNotFound } from '#archive/domain/archive';
import type { ArchiveStore, EmployeeArchive } from '#archive/domain/ports';
import type { EmployeeRecords } from '#employees';
import { employeeNotFound, readEmployee } from '#employees/use-cases/employees';
import { type DomainError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Page, PageQuery } from '#kernel/domain/ports';
import { type Actor, hasAnyRole, type Role } from '#kernel/domain/roles';
import type { RequestRecords } from '#requests';
import { readsAsStaff, withheldFromHolder } from '#requests';

export interface ArchiveDeps {
  readonly employeeArchive: EmployeeArchive;
  readonly employees: EmployeeRecords;
  readonly records: Pick<RequestRecords, 'get'>;
}

/**
 * Why an archived document does not reach `actor` yet: an issued document whose handover
 * conditions do not hold (survey unanswered, physical handover not recorded), read by its
 * holder's side. Staff reading another's archive are never refused (handover.ts).
 */
export async function withheldArchived(
  deps: Pick<ArchiveDeps, 'records'>,
  actor: Actor,
  document: ArchivedDocument,
): Promise<DomainError | undefined> {
  if (document.source !== 'ISSUED' || document.kind !== 'ISSUED' || readsAsStaff(actor, document.nip)) {
    return undefined;
  }
  const request = await deps.records.get(document.requestId);
  return request && withheldFromHolder(request);
}

/** A document left out of an archive listing, and why. */
export interface WithheldEntry {
  readonly documentId: string;
  readonly requestId: string;
  readonly title: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Roles that read another employee's archive, as far as they may read the employee's master data:
 * a unit admin their unit's, agency staff along the workflow and auditors anyone's. Agency admins
 * read master data to manage accounts, not personnel documents.
 */
const ARCHIVE_READERS: readonly Role[] = [
  'UNIT_ADMIN',
  'VERIFIER',
  'SUPERVISOR',
  'ADMINISTRATOR',
  'SIGNER',
  'AUDITOR',
];

/** One's own archive, or another's for an archive reader allowed their master data; others learn nothing. */
async function assertArchiveReader(deps: ArchiveDeps, actor: Actor, nip: string): Promise<void> {
  if (actor.nip === nip) return;
  if (!hasAnyRole(actor, ARCHIVE_READERS)) throw employeeNotFound(nip);
  await readEmployee(deps, actor, nip);
}

/** An employee's archive, newest first: one's own without `nip`, another's for those allowed. */
export async function listArchive(
  deps: ArchiveDeps,
  actor: Actor,
  query: PageQuery & { readonly nip?: string },
): Promise<Page<ArchivedDocument> & { readonly withheld: readonly WithheldEntry[] }> {
  const nip = query.nip ?? actor.nip;
  if (!nip) {
    throw new ValidationError(
      'NIP_REQUIRED',
      'Akun ini tidak terhubung dengan pegawai: sebutkan NIP.',
      'nip',
    );
  }
  await assertArchiveReader(deps, actor, nip);
  const page = await deps.employeeArchive.list(nip, query);
  const reasons = await Promise.all(page.items.map((document) => withheldArchived(deps, actor, document)));
  const withheld = page.items.flatMap((document, index) => {
    const reason = reasons[index];
    return reason && document.source === 'ISSUED'
      ? [
          {
            documentId: document.documentId,
            requestId: document.requestId,
            title: document.title,
            code: reason.code,
            message: reason.message,
          },
        ]
      : [];
  });
  return { ...page, items: page.items.filter((_document, index) => !reasons[index]), withheld };
}

/** One archived document the caller may read, with a short-lived download URL. */
export async function archiveDownload(
  deps: ArchiveDeps & { readonly archive: ArchiveStore },
  actor: Actor,
  documentId: string,
): Promise<{ document: ArchivedDocument; downloadUrl: string }> {
  const document = await readArchived(deps, actor, documentId);
  const withheld = await withheldArchived(deps, actor, document);
  if (withheld) throw withheld;
  return { document, downloadUrl: await deps.archive.downloadUrl(document.key, document) };
}

/** An archived document, if `actor` may read its owner's archive; otherwise reported absent. */
export async function readArchived(
  deps: ArchiveDeps,
  actor: Actor,
  documentId: string,
): Promise<ArchivedDocument> {
  const document = await deps.employeeArchive.get(documentId);
  if (!document) throw archivedDocumentNotFound(documentId);
  try {
    await assertArchiveReader(deps, actor, document.nip);
  } catch (error) {
    throw error instanceof NotFoundError ? archivedDocumentNotFound(documentId) : error;
  }
  return document;
}
