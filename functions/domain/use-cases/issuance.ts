import { archivedOutput, fileExtension } from '../archive';
import { serviceFor } from '../catalog/resolve';
import type { ServiceDefinition } from '../catalog/service';
import { composeIssuedDocument, composeRejectionLetter } from '../documents';
import { ConflictError } from '../errors';
import type {
  ArchiveStore,
  Clock,
  DocumentRenderer,
  EmployeeArchive,
  FileStore,
  IdGenerator,
  RequestRecords,
} from '../ports';
import type { DocumentContentType, OutputDocument, OutputKind, ServiceRequest } from '../request';
import type { RuntimeSettings } from '../settings';
import { withLatest } from './workflow-outbox';

export interface DocumentDeps {
  readonly records: RequestRecords;
  readonly clock: Clock;
  readonly settings: RuntimeSettings;
  readonly archive: ArchiveStore;
  readonly renderer: DocumentRenderer;
  readonly ids: IdGenerator;
}

async function store(
  deps: DocumentDeps,
  request: ServiceRequest,
  kind: OutputKind,
  body: Uint8Array,
  contentType: DocumentContentType,
): Promise<OutputDocument> {
  const documentId = deps.ids.next();
  const key = `documents/${request.id}/${documentId}.${fileExtension(contentType)}`;
  const stored = await deps.archive.put(key, body, contentType);
  return {
    documentId,
    kind,
    key,
    contentType,
    size: stored.size,
    sha256: stored.sha256,
    createdAt: deps.clock.now().toISOString(),
  };
}

/**
 * Before signing, the document is drawn as a draft: for review, and for wet signatures the
 * print-ready copy printed before signing (Kediri Pasal 12b).
 */
export async function prepareDraft(deps: DocumentDeps, requestId: string): Promise<{ documentId: string }> {
  const request = await deps.records.get(requestId);
  if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${requestId} does not exist.`);
  const service = serviceFor(request.serviceType, deps.settings);
  const body = await deps.renderer.render(
    composeIssuedDocument(request, service, deps.settings, deps.clock.now(), { draft: true }),
  );
  const draft = await store(deps, request, 'DRAFT_FOR_SIGNATURE', body, 'application/pdf');
  await withLatest(deps.records, requestId, (latest) =>
    deps.records.transition(latest, { draft }, undefined),
  );
  return { documentId: draft.documentId };
}

/**
 * Issuance (Kediri Pasal 7e): the signed document is stored in the archive bucket, recorded as
 * the request's output and entered in the applicant's digital archive. Electronic: drawn from
 * the request; wet: the uploaded signed scan itself. Running it again after a retry issues
 * nothing twice, and completes the archive entry if a failure came between.
 */
export async function issueDocument(
  deps: DocumentDeps & { readonly files: FileStore; readonly employeeArchive: EmployeeArchive },
  requestId: string,
): Promise<{ documentId: string; sha256: string }> {
  const request = await deps.records.get(requestId);
  if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${requestId} does not exist.`);
  const service = serviceFor(request.serviceType, deps.settings);
  const output = request.output?.kind === 'ISSUED' ? request.output : await issue(deps, request, service);
  await deps.employeeArchive.put(archivedOutput(request, service, output));
  return { documentId: output.documentId, sha256: output.sha256 };
}

async function issue(
  deps: DocumentDeps & { readonly files: FileStore },
  request: ServiceRequest,
  service: ServiceDefinition,
): Promise<OutputDocument> {
  const output = request.signedScan
    ? await store(
        deps,
        request,
        'ISSUED',
        await deps.files.read(request.signedScan.key),
        request.signedScan.contentType,
      )
    : await store(
        deps,
        request,
        'ISSUED',
        await deps.renderer.render(
          composeIssuedDocument(request, service, deps.settings, deps.clock.now(), { draft: false }),
        ),
        'application/pdf',
      );
  await withLatest(deps.records, request.id, (latest) =>
    deps.records.transition(
      latest,
      { output },
      {
        requestId: request.id,
        at: output.createdAt,
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'DOCUMENT_ISSUED',
        note: `${service.outputName} (${output.documentId}, SHA-256 ${output.sha256})`,
      },
    ),
  );
  return output;
}

/** The official letter telling the applicant their request was rejected (Kediri Pasal 9(1)d). */
export async function issueRejectionLetter(
  deps: DocumentDeps,
  requestId: string,
): Promise<{ documentId: string }> {
  const request = await deps.records.get(requestId);
  if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${requestId} does not exist.`);
  if (request.output?.kind === 'REJECTION_LETTER') return { documentId: request.output.documentId };
  const service = serviceFor(request.serviceType, deps.settings);
  const body = await deps.renderer.render(
    composeRejectionLetter(request, service, deps.settings, deps.clock.now()),
  );
  const output = await store(deps, request, 'REJECTION_LETTER', body, 'application/pdf');
  await withLatest(deps.records, requestId, (latest) =>
    deps.records.transition(
      latest,
      { output },
      {
        requestId,
        at: output.createdAt,
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'REJECTION_LETTER_ISSUED',
        note: `${output.documentId}, SHA-256 ${output.sha256}`,
      },
    ),
  );
  return { documentId: output.documentId };
}
