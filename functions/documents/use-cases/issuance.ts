import { createHash } from 'node:crypto';
import type { ArchiveStore, EmployeeArchive } from '#archive';
import {
  archiveLock,
  type DocumentSignature,
  type DocumentSigner,
  draftKey,
  fileExtension,
  type IssuedDocument,
  issuedDocumentKey,
} from '#archive';
import type { ServiceDefinition } from '#catalog';
import { serviceFor } from '#catalog';
import { composeIssuedDocument, composeRejectionLetter } from '#documents/domain/documents';
import { type DocumentSeries, formatDocumentNumber } from '#documents/domain/numbering';
import type { DocumentRenderer, SigningAuthorities, SigningBatches } from '#documents/domain/ports';
import type { EmployeeRecords } from '#employees';
import type { FileStore } from '#files';
import { requireDocument } from '#files';
import { readFrozen } from '#files/use-cases/frozen-files';
import { ConflictError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { localDate, workCalendar } from '#kernel/domain/working-days';
import type {
  DocumentContentType,
  Issuance,
  OutputDocument,
  OutputKind,
  RequestRecords,
  ServiceRequest,
  SignedScan,
} from '#requests';
import { withLatest } from '#requests/use-cases/latest';
import { type SignDeps, signDigest } from './sign-digest';

export interface DocumentDeps {
  readonly records: RequestRecords;
  readonly employees: EmployeeRecords;
  readonly clock: Clock;
  readonly settings: RuntimeSettings;
  readonly archive: ArchiveStore;
  readonly renderer: DocumentRenderer;
  readonly ids: IdGenerator;
  /** The public base URL of the API that QR codes point to. */
  readonly verificationBaseUrl: string;
}

export interface IssueDeps extends DocumentDeps, SignDeps {
  readonly files: FileStore;
  readonly employeeArchive: EmployeeArchive;
  readonly batches: SigningBatches;
}

async function current(records: RequestRecords, requestId: string): Promise<ServiceRequest> {
  const request = await records.get(requestId);
  if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${requestId} does not exist.`);
  return request;
}

/**
 * The number and document id the request's document carries: taken from the series' sequence
 * of the agency's current year on first need and kept on the request, so a retry, a return and
 * a second draft all reuse it.
 */
export async function reserveIssuance(
  deps: Pick<DocumentDeps, 'records' | 'clock' | 'settings' | 'ids'>,
  requestId: string,
  series: DocumentSeries,
): Promise<Issuance> {
  const numbered = await withLatest(deps.records, requestId, async (request) => {
    // A rejection at signing replaces the decree's reserved number with the letter's.
    if (request.issuance?.series === series) return request;
    const now = deps.clock.now();
    const today = localDate(now, workCalendar(deps.settings));
    const year = Number(today.slice(0, 4));
    return deps.records.numberDocument(request, series, year, (sequence) => ({
      issuance: {
        documentId: deps.ids.next(),
        series,
        year,
        sequence,
        number: formatDocumentNumber(deps.settings.documents.numbering, series, sequence, today.slice(0, 7)),
        numberedAt: now.toISOString(),
      },
    }));
  });
  if (numbered?.issuance?.series !== series)
    throw new ConflictError('NOT_NUMBERED', `Request ${requestId} has no number.`);
  return numbered.issuance;
}

/**
 * Who signs for a service today: the authority `preferred` names if it holds one (a signer who
 * rejected at signing), else its own (not an acting) authority, else an acting one.
 */
async function authorityFor(
  deps: Pick<DocumentDeps, 'clock' | 'settings'> & { readonly authorities: SigningAuthorities },
  serviceType: string,
  preferred?: string,
): Promise<DocumentSigner | undefined> {
  const today = localDate(deps.clock.now(), workCalendar(deps.settings));
  const valid = (await deps.authorities.forService(serviceType)).filter(
    (authority) => authority.validFrom <= today && (!authority.validUntil || today <= authority.validUntil),
  );
  const principal =
    valid.find((authority) => authority.username === preferred) ??
    valid.find((authority) => !authority.acting) ??
    valid[0];
  if (!principal) return undefined;
  return {
    name: principal.name,
    position: principal.position,
    username: principal.username,
    ...(principal.nip && { nip: principal.nip }),
    ...(principal.acting && { acting: principal.acting }),
    ...(principal.basis && { basis: principal.basis }),
  };
}

/** Whom the draft names as signer: the service's own authority valid today. */
async function expectedSigner(
  deps: Pick<DocumentDeps, 'clock' | 'settings'> & { readonly authorities: SigningAuthorities },
  serviceType: string,
): Promise<DocumentSigner> {
  const signer = await authorityFor(deps, serviceType);
  if (!signer) return { name: '', position: 'Pejabat yang berwenang' };
  const { username: _username, basis: _basis, ...named } = signer;
  return named;
}

/**
 * A rejection letter cannot be signed yet: nobody holds the signing authority for the service
 * today. The workflow retries the letter until an authority is recorded (its own Retry policy,
 * matched on this class name), and the request's story says what it waits for.
 */
export class NoSigningAuthorityError extends ConflictError {}

/**
 * Who signs a rejection letter (Kediri Pasal 9(1)d, 11(2)): the official holding the signing
 * authority for the service on the day, the signer themself when they rejected at signing. A
 * letter is never issued in the agency's name alone: without an authority it waits.
 */
async function rejectionSigner(
  deps: Pick<DocumentDeps, 'clock' | 'settings' | 'records'> & { readonly authorities: SigningAuthorities },
  request: ServiceRequest,
  serviceName: string,
): Promise<DocumentSigner> {
  const rejectedAtSigning = request.rejection?.stage === 'SIGNING' ? request.rejection.decidedBy : undefined;
  const signer = await authorityFor(deps, request.serviceType, rejectedAtSigning);
  if (signer) return signer;
  const message =
    `Belum ada pejabat yang berwenang menandatangani dokumen layanan ${serviceName} pada hari ini ` +
    '(Perwali Kediri 80/2021 Pasal 11 ayat (2)); surat penolakan diterbitkan setelah kewenangan dicatat.';
  await recordOnce(deps, request, LETTER_AWAITS_AUTHORITY, message);
  throw new NoSigningAuthorityError('NO_SIGNING_AUTHORITY', message);
}

const LETTER_AWAITS_AUTHORITY = 'REJECTION_LETTER_AWAITS_AUTHORITY';

/** Adds `action` to the request's story unless it is there already (a retried step tells it once). */
async function recordOnce(
  { records, clock }: Pick<DocumentDeps, 'records' | 'clock'>,
  request: ServiceRequest,
  action: string,
  note: string,
) {
  if ((await records.listAudit(request.id)).some((event) => event.action === action)) return;
  await withLatest(records, request.id, (latest) =>
    records.transition(
      latest,
      {},
      {
        requestId: request.id,
        at: clock.now().toISOString(),
        actor: { username: 'system', role: 'SYSTEM' },
        action,
        note,
      },
    ),
  );
}

/** Who signed, from the signing decision recorded on the request. */
function actualSigner(request: ServiceRequest): DocumentSigner {
  const signature = request.signature;
  if (!signature) throw new ConflictError('NOT_SIGNED', `Request ${request.id} has no signing decision.`);
  return {
    name: signature.signerName ?? signature.signedBy,
    position: signature.position ?? 'Pejabat yang berwenang',
    username: signature.signedBy,
    ...(signature.signerNip && { nip: signature.signerNip }),
    ...(signature.acting && { acting: signature.acting }),
    ...(signature.basis && { basis: signature.basis }),
  };
}

/** The applicant's master data, when the agency holds it (an ASN of another agency may have none). */
async function applicant(deps: Pick<DocumentDeps, 'employees'>, request: ServiceRequest) {
  const employee = await deps.employees.get(request.applicant.nip);
  return employee ? { employee } : {};
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores a document of the request in the archive bucket: a draft where it can be replaced, an
 * issued document or rejection letter under Object Lock for the years its type requires.
 */
async function store(
  deps: DocumentDeps,
  request: ServiceRequest,
  documentId: string,
  kind: OutputKind,
  body: Uint8Array,
  contentType: DocumentContentType,
): Promise<OutputDocument> {
  const now = deps.clock.now();
  const extension = fileExtension(contentType);
  const stored =
    kind === 'DRAFT_FOR_SIGNATURE'
      ? { key: draftKey(request.id, documentId, extension) }
      : {
          key: issuedDocumentKey(request.id, documentId, extension),
          lock: archiveLock(deps.settings, kind === 'ISSUED' ? request.serviceType : kind, now),
        };
  const { sha256, size } = await deps.archive.put(stored.key, body, contentType, stored.lock);
  return {
    documentId,
    kind,
    key: stored.key,
    contentType,
    size,
    sha256,
    createdAt: now.toISOString(),
  };
}

/**
 * Before signing, the document is drawn as a draft: for electronic signatures a watermarked copy
 * to review; for wet signatures the print-ready document itself (Kediri Pasal 12b), numbered and
 * with the QR code that will verify its signed scan.
 */
export async function prepareDraft(
  deps: DocumentDeps & { readonly authorities: SigningAuthorities },
  requestId: string,
): Promise<{ documentId: string }> {
  const request = await current(deps.records, requestId);
  const service = serviceFor(request.serviceType, deps.settings);
  const wet = request.plan?.signatureMode === 'WET';
  const issuance = wet ? await reserveIssuance(deps, requestId, service.code) : undefined;
  const content = composeIssuedDocument(request, service, deps.settings, {
    documentId: issuance?.documentId ?? requestId,
    ...(await applicant(deps, request)),
    ...(issuance && { number: issuance.number }),
    signer: await expectedSigner(deps, request.serviceType),
    mode: wet ? 'WET' : 'ELECTRONIC',
    draft: !wet,
    at: deps.clock.now(),
    verificationBaseUrl: deps.verificationBaseUrl,
  });
  const draft = await store(
    deps,
    request,
    deps.ids.next(),
    'DRAFT_FOR_SIGNATURE',
    await deps.renderer.render(content),
    'application/pdf',
  );
  await withLatest(deps.records, requestId, (latest) =>
    deps.records.transition(latest, { draft }, undefined),
  );
  return { documentId: draft.documentId };
}

/** Signs the file, stores it in the archive bucket, and records it as the request's output. */
/** Signs a file's digest (once, by the signing ledger), then stores it: no document lies in the archive unsigned. */
async function storeSigned(
  deps: IssueDeps,
  request: ServiceRequest,
  issuance: Issuance,
  kind: 'ISSUED' | 'REJECTION_LETTER',
  file: { readonly body: Uint8Array; readonly contentType: DocumentContentType },
): Promise<OutputDocument> {
  await signDigest(deps, sha256Of(file.body), issuance.documentId);
  return store(deps, request, issuance.documentId, kind, file.body, file.contentType);
}

/**
 * The document already issued under the reserved id, if an earlier run got that far: recorded
 * on the request, or stored and archived but not yet recorded. A retried step issues it again
 * from there, never a second file under the same number.
 */
async function issuedBefore(
  deps: IssueDeps,
  request: ServiceRequest,
  issuance: Issuance,
  kind: 'ISSUED' | 'REJECTION_LETTER',
): Promise<OutputDocument | undefined> {
  if (request.output?.kind === kind) return request.output;
  const archived = await deps.employeeArchive.get(issuance.documentId);
  if (archived?.source !== 'ISSUED') return undefined;
  return {
    documentId: archived.documentId,
    kind,
    key: archived.key,
    contentType: archived.contentType,
    size: archived.size,
    sha256: archived.sha256,
    createdAt: archived.archivedAt,
  };
}

/**
 * Records the issued document as the request's output, last: once a request shows its output
 * (and `processing` turns false), the document is stored, signed and in the archive, so its
 * download and its public verification answer at once.
 */
async function recordOutput(
  deps: IssueDeps,
  request: ServiceRequest,
  output: OutputDocument,
  issuance: Issuance,
  audit: { readonly action: string; readonly note: string },
): Promise<void> {
  await withLatest(deps.records, request.id, (latest) =>
    latest.output?.documentId === output.documentId
      ? Promise.resolve(latest)
      : deps.records.transition(
          latest,
          { output },
          {
            requestId: request.id,
            at: output.createdAt,
            actor: { username: 'system', role: 'SYSTEM' },
            action: audit.action,
            note: `${audit.note} Nomor ${issuance.number} (${output.documentId}, SHA-256 ${output.sha256})`,
          },
        ),
  );
}

/** The archive entry of an issued document, with its signature as the signing ledger holds it. */
async function archiveIssued(
  deps: IssueDeps,
  request: ServiceRequest,
  entry: {
    readonly output: OutputDocument;
    readonly issuance: Issuance;
    readonly title: string;
    readonly requirementCode?: string;
    readonly mode: DocumentSignature['mode'];
    readonly signer: DocumentSigner;
  },
): Promise<IssuedDocument> {
  const { output, issuance } = entry;
  const signature = await signDigest(deps, output.sha256, issuance.documentId);
  const batch = request.signingBatchId ? await deps.batches.get(request.signingBatchId) : undefined;
  // The signer's bulk act: its manifest is signed once, by whichever of its documents comes first.
  if (batch) await signDigest(deps, batch.sha256, batch.id);
  const document: IssuedDocument = {
    documentId: output.documentId,
    nip: request.applicant.nip,
    ...(entry.requirementCode && { requirementCode: entry.requirementCode }),
    title: entry.title,
    fileName: `${request.serviceType}-${request.applicant.nip}.${fileExtension(output.contentType)}`,
    contentType: output.contentType,
    size: output.size,
    sha256: output.sha256,
    key: output.key,
    archivedAt: output.createdAt,
    source: 'ISSUED',
    kind: output.kind === 'REJECTION_LETTER' ? 'REJECTION_LETTER' : 'ISSUED',
    requestId: request.id,
    serviceType: request.serviceType,
    number: issuance.number,
    signature: {
      mode: entry.mode,
      sha256: output.sha256,
      algorithm: 'ECDSA_SHA_256',
      keyId: signature.keyId,
      value: signature.value,
      signedAt: signature.signedAt,
      signer: entry.signer,
      ...(request.signingBatchId && { batchId: request.signingBatchId }),
    },
  };
  await deps.employeeArchive.put(document);
  return document;
}

function outputEntry(request: ServiceRequest, service: ServiceDefinition) {
  const wet = request.plan?.signatureMode === 'WET';
  return {
    title: service.outputName,
    ...(service.archivedAs && { requirementCode: service.archivedAs }),
    mode: wet ? ('WET' as const) : ('ELECTRONIC' as const),
    signer: actualSigner(request),
  };
}

/**
 * Issuance (Kediri Pasal 7e): the signed document, signed with the agency's key, stored in the
 * archive bucket, recorded as the request's output and entered in the applicant's archive.
 * Electronic: drawn from the request with the signer's block and QR code; wet: the signed scan.
 * Running it again after a retry signs and issues nothing twice.
 */
export async function issueDocument(
  deps: IssueDeps,
  requestId: string,
): Promise<{ documentId: string; sha256: string; number: string }> {
  const service = serviceFor((await current(deps.records, requestId)).serviceType, deps.settings);
  const issuance = await reserveIssuance(deps, requestId, service.code);
  const request = await current(deps.records, requestId);
  const output =
    (await issuedBefore(deps, request, issuance, 'ISSUED')) ??
    (await storeSigned(
      deps,
      request,
      issuance,
      'ISSUED',
      request.signedScan
        ? await signedScan(deps, request.signedScan)
        : {
            body: await deps.renderer.render(
              composeIssuedDocument(request, service, deps.settings, {
                documentId: issuance.documentId,
                ...(await applicant(deps, request)),
                number: issuance.number,
                signer: actualSigner(request),
                mode: 'ELECTRONIC',
                draft: false,
                at: new Date(request.signature?.signedAt ?? deps.clock.now().toISOString()),
                verificationBaseUrl: deps.verificationBaseUrl,
              }),
            ),
            contentType: 'application/pdf' as const,
          },
    ));
  await archiveIssued(deps, request, { output, issuance, ...outputEntry(request, service) });
  await recordOutput(deps, request, output, issuance, {
    action: 'DOCUMENT_ISSUED',
    note: `${service.outputName}.`,
  });
  return { documentId: output.documentId, sha256: output.sha256, number: issuance.number };
}

/** The scan the signer declared signed: its frozen copy, checked against its digest and again for its content. */
async function signedScan(deps: IssueDeps, scan: SignedScan) {
  const body = scan.sha256
    ? await readFrozen(deps.files, scan.key, scan.sha256)
    : await deps.files.read(scan.key);
  return { body, contentType: requireDocument(body, 'pindaian bertanda tangan', 'signedScan') };
}

/** The official letter telling the applicant their request was rejected (Kediri Pasal 9(1)d). */
export async function issueRejectionLetter(
  deps: IssueDeps & { readonly authorities: SigningAuthorities },
  requestId: string,
): Promise<{ documentId: string }> {
  const rejected = await current(deps.records, requestId);
  const service = serviceFor(rejected.serviceType, deps.settings);
  // The signer first: a letter waiting for an authority holds no number meanwhile.
  const signer = await rejectionSigner(deps, rejected, service.name);
  const issuance = await reserveIssuance(deps, requestId, 'REJECTION');
  const request = await current(deps.records, requestId);
  const output =
    (await issuedBefore(deps, request, issuance, 'REJECTION_LETTER')) ??
    (await storeSigned(deps, request, issuance, 'REJECTION_LETTER', {
      body: await deps.renderer.render(
        composeRejectionLetter(request, service, deps.settings, {
          documentId: issuance.documentId,
          ...(await applicant(deps, request)),
          number: issuance.number,
          signer,
          at: deps.clock.now(),
          verificationBaseUrl: deps.verificationBaseUrl,
        }),
      ),
      contentType: 'application/pdf',
    }));
  await archiveIssued(deps, request, {
    output,
    issuance,
    title: 'Surat Pemberitahuan Penolakan Permohonan',
    mode: 'ELECTRONIC',
    signer,
  });
  await recordOutput(deps, request, output, issuance, {
    action: 'REJECTION_LETTER_ISSUED',
    note: `Surat pemberitahuan penolakan, ditandatangani ${signer.name}.`,
  });
  return { documentId: output.documentId };
}
