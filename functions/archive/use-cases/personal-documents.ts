import {
  archivedDocumentNotFound,
  fileExtension,
  type PersonalDocument,
  type UploadedDocument,
} from '#archive/domain/archive';
import { archiveLock, personalDocumentKey } from '#archive/domain/archive-keys';
import type { ArchiveStore, EmployeeArchive } from '#archive/domain/ports';
import type { EmployeeRecords } from '#employees';
import type { FileStore } from '#files';
import { readUpload } from '#files/use-cases/stored-upload';
import { ConflictError, NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import type { DocumentContentType } from '#requests';

export interface PersonalDocumentDeps {
  readonly employeeArchive: EmployeeArchive;
  readonly employees: EmployeeRecords;
  readonly files: FileStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly maxUploadBytes: number;
}

/** The employee themselves, or the admin of their unit, keeps their personnel documents. */
async function assertKeeper(
  deps: Pick<PersonalDocumentDeps, 'employees'>,
  actor: Actor,
  nip: string,
): Promise<void> {
  if (actor.nip === nip && hasAnyRole(actor, ['ASN'])) return;
  const employee = await deps.employees.get(nip);
  if (employee && hasAnyRole(actor, ['UNIT_ADMIN']) && actor.unit === employee.unit) return;
  throw new NotFoundError('EMPLOYEE_NOT_FOUND', `Pegawai dengan NIP ${nip} tidak ditemukan.`, 'nip');
}

export interface PersonalDocumentInput {
  readonly nip?: string;
  readonly requirementCode?: string;
  readonly title: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
}

/**
 * An employee adds a personnel document to their archive (SK CPNS, SK PNS, the last rank's SK,
 * diplomas…): registered here with the address to upload it to, stored once its upload is checked.
 */
export async function addPersonalDocument(
  deps: PersonalDocumentDeps,
  actor: Actor,
  input: PersonalDocumentInput,
): Promise<{ document: PersonalDocument; uploadUrl: string }> {
  const nip = input.nip ?? actor.nip;
  if (!nip) throw new ValidationError('NIP_REQUIRED', 'Sebutkan NIP pegawai pemilik dokumen.', 'nip');
  await assertKeeper(deps, actor, nip);
  if (input.size > deps.maxUploadBytes) {
    const limit = Math.floor(deps.maxUploadBytes / 1_048_576);
    throw new ValidationError('FILE_TOO_LARGE', `Ukuran berkas melebihi batas ${limit} MB.`, 'size');
  }
  const documentId = deps.ids.next();
  const document: PersonalDocument = {
    documentId,
    nip,
    ...(input.requirementCode && { requirementCode: input.requirementCode }),
    title: input.title,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    sha256: '',
    key: personalDocumentKey(nip, documentId),
    uploadKey: `requests/personal/${nip}/${documentId}`,
    archivedAt: deps.clock.now().toISOString(),
    source: 'PERSONAL',
    addedBy: actor.username,
    status: 'AWAITING_UPLOAD',
  };
  await deps.employeeArchive.put(document);
  return {
    document,
    uploadUrl: await deps.files.uploadUrl(document.uploadKey, document.contentType, document.size),
  };
}

/** Staff who enter services handled manually during force majeure, with their paper documents. */
export const MANUAL_ENTRY_ROLES = ['AGENCY_ADMIN', 'VERIFIER'] as const;

/** Whether `actor` keeps `document`: the employee or their unit admin; for a manual one, the staff entering it. */
async function assertKeeps(
  deps: Pick<PersonalDocumentDeps, 'employees'>,
  actor: Actor,
  document: UploadedDocument,
): Promise<void> {
  if (document.source === 'MANUAL') {
    if (!hasAnyRole(actor, MANUAL_ENTRY_ROLES)) throw archivedDocumentNotFound(document.documentId);
    return;
  }
  await assertKeeper(deps, actor, document.nip).catch(() => {
    throw archivedDocumentNotFound(document.documentId);
  });
}

/**
 * Checks an uploaded document (readUpload: the registered size, a plain PDF, JPEG or PNG) and moves it
 * into the archive bucket with its SHA-256: an employee's own personnel document, or the scan of
 * a document issued on paper during force majeure. Storing it again changes nothing.
 */
export async function storeUploadedDocument(
  deps: Pick<PersonalDocumentDeps, 'employeeArchive' | 'employees' | 'files' | 'maxUploadBytes'> & {
    readonly archive: ArchiveStore;
    readonly settings: Pick<RuntimeSettings, 'archive'>;
  },
  actor: Actor,
  documentId: string,
): Promise<UploadedDocument> {
  const document = await deps.employeeArchive.get(documentId);
  if (!document || document.source === 'ISSUED') throw archivedDocumentNotFound(documentId);
  await assertKeeps(deps, actor, document);
  if (document.status === 'STORED') return document;
  const checked = await readUpload(deps, { ...document, key: document.uploadKey }, 'file');
  if (!checked) throw new ConflictError('NOT_UPLOADED', 'Berkas belum diunggah ke alamat unggah.');
  const { body, contentType } = checked;
  const key = `${document.key}.${fileExtension(contentType)}`;
  // A scan of a document issued on paper is an issued document: locked from its issue date.
  const lock =
    document.source === 'MANUAL'
      ? archiveLock(deps.settings, document.serviceType, new Date(document.archivedAt))
      : undefined;
  const archived = await deps.archive.put(key, body, contentType, lock);
  const done: UploadedDocument = {
    ...document,
    contentType,
    key,
    sha256: archived.sha256,
    status: 'STORED',
  };
  await deps.employeeArchive.put(done);
  return done;
}
