import { type ArchivedDocument, archivedDocumentNotFound } from '../archive';
import { NotFoundError, ValidationError } from '../errors';
import type { ArchiveStore, EmployeeArchive, EmployeeRecords, Page, PageQuery } from '../ports';
import { type Actor, hasAnyRole, type Role } from '../roles';
import { employeeNotFound, readEmployee } from './employees';

export interface ArchiveDeps {
  readonly employeeArchive: EmployeeArchive;
  readonly employees: EmployeeRecords;
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
): Promise<Page<ArchivedDocument>> {
  const nip = query.nip ?? actor.nip;
  if (!nip) {
    throw new ValidationError(
      'NIP_REQUIRED',
      'Akun ini tidak terhubung dengan pegawai: sebutkan NIP.',
      'nip',
    );
  }
  await assertArchiveReader(deps, actor, nip);
  return deps.employeeArchive.list(nip, query);
}

/** One archived document the caller may read, with a short-lived download URL. */
export async function archiveDownload(
  deps: ArchiveDeps & { readonly archive: ArchiveStore },
  actor: Actor,
  documentId: string,
): Promise<{ document: ArchivedDocument; downloadUrl: string }> {
  const document = await readArchived(deps, actor, documentId);
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
