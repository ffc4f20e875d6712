import { NotFoundError } from '#kernel/domain/errors';
import type { DocumentContentType } from '#requests';

/** Who signed an issued document, as its signature block prints them. */
export interface DocumentSigner {
  readonly name: string;
  readonly nip?: string;
  readonly position: string;
  /** An acting official signing in the principal's place (Plt./Plh., Kediri Pasal 11(2)). */
  readonly acting?: 'PLT' | 'PLH';
  /** The decree that gives the authority. */
  readonly basis?: string;
  /** The account that signed; absent for the agency's electronic seal on rejection letters. */
  readonly username?: string;
}

/**
 * The signature of an issued document: ECDSA P-256 over the file's SHA-256 digest (the 32
 * bytes, hashed once more with SHA-256 by the algorithm), by the agency's signing key (AWS KMS).
 * WET documents: the digest is of the archived scan; the handwriting is on the paper.
 */
export interface DocumentSignature {
  /** SEAL: a rejection letter issued before letters named their signer, in the agency's name. */
  readonly mode: 'ELECTRONIC' | 'WET' | 'SEAL';
  readonly sha256: string;
  readonly algorithm: 'ECDSA_SHA_256';
  readonly keyId: string;
  /** DER-encoded signature, base64. */
  readonly value: string;
  readonly signedAt: string;
  readonly signer: DocumentSigner;
  /** The bulk-signing manifest the signer approved it in, if any. */
  readonly batchId?: string;
}

export interface Revocation {
  readonly reason: string;
  readonly at: string;
  readonly by: string;
  readonly byName?: string;
}

interface ArchivedBase {
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
  readonly archivedAt: string;
}

/** A document the agency issued (output or rejection letter): numbered, signed, verifiable. */
export interface IssuedDocument extends ArchivedBase {
  readonly source: 'ISSUED';
  readonly kind: 'ISSUED' | 'REJECTION_LETTER';
  readonly requestId: string;
  readonly serviceType: string;
  readonly number: string;
  readonly signature: DocumentSignature;
  readonly revocation?: Revocation;
}

/** A personnel document the employee added themselves (SK CPNS, diplomas…): stored, not signed by us. */
export interface PersonalDocument extends ArchivedBase {
  readonly source: 'PERSONAL';
  readonly addedBy: string;
  /** Registered, then stored once its upload is checked (type by content, size, digest). */
  readonly status: 'AWAITING_UPLOAD' | 'STORED';
  /** Where the employee uploads it (uploads bucket) before it is checked and archived. */
  readonly uploadKey: string;
}

/**
 * A document issued on paper during force majeure, entered afterwards with the manual service
 * (Kediri Pasal 18): its scan is stored and its digest kept, but it was not signed by our key.
 */
export interface ManualDocument extends ArchivedBase {
  readonly source: 'MANUAL';
  readonly addedBy: string;
  readonly status: 'AWAITING_UPLOAD' | 'STORED';
  readonly uploadKey: string;
  readonly requestId: string;
  readonly serviceType: string;
  readonly number: string;
}

/** Documents uploaded into the archive and checked there: the employee's own, and manual ones. */
export type UploadedDocument = PersonalDocument | ManualDocument;

/**
 * One document of an employee's digital archive (Arsip Digital), kept so later requests can
 * take it as a requirement instead of an upload (Kediri Pasal 8b). The file lies in the archive
 * bucket (versioned, Object Lock); this is its index entry.
 */
export type ArchivedDocument = IssuedDocument | PersonalDocument | ManualDocument;

const EXTENSIONS: Record<DocumentContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

export function fileExtension(contentType: DocumentContentType): string {
  return EXTENSIONS[contentType];
}

export function archivedDocumentNotFound(documentId: string): NotFoundError {
  return new NotFoundError(
    'ARCHIVE_DOCUMENT_NOT_FOUND',
    `Dokumen arsip ${documentId} tidak ditemukan.`,
    'archiveDocumentId',
  );
}

/** An archive entry as the API shows it: without the storage keys. */
export function publishArchived(document: ArchivedDocument) {
  const { key: _key, ...shown } = document;
  if (!('uploadKey' in shown)) return shown;
  const { uploadKey: _uploadKey, ...rest } = shown;
  return rest;
}
