import type { ServiceDefinition } from './catalog/service';
import { NotFoundError } from './errors';
import type { DocumentContentType, OutputDocument, ServiceRequest } from './request';

/**
 * One document of an employee's digital archive (Arsip Digital): an output the agency issued to
 * them, kept so later requests can take it as a requirement instead of an upload (Kediri Pasal 8b).
 * The file itself lies in the archive bucket (versioned, Object Lock); this is its index entry.
 */
export interface ArchivedDocument {
  readonly documentId: string;
  readonly nip: string;
  /** The requirement this document satisfies in later requests (e.g. SK_KGB_TERAKHIR), if any. */
  readonly requirementCode?: string;
  readonly title: string;
  readonly fileName: string;
  readonly contentType: DocumentContentType;
  readonly size: number;
  readonly sha256: string;
  /** Object key in the archive bucket. */
  readonly key: string;
  readonly source: 'ISSUED';
  readonly requestId: string;
  readonly serviceType: string;
  readonly archivedAt: string;
}

const EXTENSIONS: Record<DocumentContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

export function fileExtension(contentType: DocumentContentType): string {
  return EXTENSIONS[contentType];
}

/** The archive entry of a request's issued document. */
export function archivedOutput(
  request: ServiceRequest,
  service: ServiceDefinition,
  output: OutputDocument,
): ArchivedDocument {
  return {
    documentId: output.documentId,
    nip: request.applicant.nip,
    ...(service.archivedAs && { requirementCode: service.archivedAs }),
    title: service.outputName,
    fileName: `${request.serviceType}-${request.applicant.nip}.${fileExtension(output.contentType)}`,
    contentType: output.contentType,
    size: output.size,
    sha256: output.sha256,
    key: output.key,
    source: 'ISSUED',
    requestId: request.id,
    serviceType: request.serviceType,
    archivedAt: output.createdAt,
  };
}

export function archivedDocumentNotFound(documentId: string): NotFoundError {
  return new NotFoundError(
    'ARCHIVE_DOCUMENT_NOT_FOUND',
    `Dokumen arsip ${documentId} tidak ditemukan.`,
    'archiveDocumentId',
  );
}

/** An archive entry as the API shows it: without the storage key. */
export function publishArchived({ key: _key, ...document }: ArchivedDocument) {
  return document;
}
