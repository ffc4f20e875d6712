import { serviceFor } from '../catalog/resolve';
import { composeIssuedDocument, composeRejectionLetter } from '../documents';
import { ConflictError } from '../errors';
import type { ArchiveStore, Clock, DocumentRenderer, FileStore, IdGenerator, RequestRecords } from '../ports';
import type { OutputDocument, OutputKind, ServiceRequest } from '../request';
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
  contentType: string,
): Promise<OutputDocument> {
  const documentId = deps.ids.next();
  const extension = contentType === 'application/pdf' ? 'pdf' : contentType === 'image/png' ? 'png' : 'jpg';
  const key = `documents/${request.id}/${documentId}.${extension}`;
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
 * Issuance (Kediri Pasal 7e): the signed document is stored in the archive and recorded as the
 * request's output. Electronic: drawn from the request; wet: the uploaded signed scan itself.
 * Running it again after a retry issues nothing twice.
 */
export async function issueDocument(
  deps: DocumentDeps & { readonly files: FileStore },
  requestId: string,
): Promise<{ documentId: string; sha256: string }> {
  const request = await deps.records.get(requestId);
  if (!request) throw new ConflictError('REQUEST_MISSING', `Request ${requestId} does not exist.`);
  if (request.output?.kind === 'ISSUED')
    return { documentId: request.output.documentId, sha256: request.output.sha256 };
  const service = serviceFor(request.serviceType, deps.settings);
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
  await withLatest(deps.records, requestId, (latest) =>
    deps.records.transition(
      latest,
      { output },
      {
        requestId,
        at: output.createdAt,
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'DOCUMENT_ISSUED',
        note: `${service.outputName} (${output.documentId}, SHA-256 ${output.sha256})`,
      },
    ),
  );
  return { documentId: output.documentId, sha256: output.sha256 };
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
