import type { RuntimeSettings } from '#kernel/domain/settings';

/**
 * Where documents live in the archive bucket. Only issued documents go under `documents/`, each
 * put with its own Object Lock retention; drafts for signature and employees' own documents live
 * beside them under prefixes that are never locked, so they can be replaced or deleted.
 */
export const ARCHIVE_PREFIXES = {
  issued: 'documents/',
  drafts: 'drafts/',
  personal: 'personal/',
} as const;

/** An issued document of a request (or the scan of one issued on paper), without its extension for a scan. */
export function issuedDocumentKey(requestId: string, documentId: string, extension?: string): string {
  return `${ARCHIVE_PREFIXES.issued}${requestId}/${documentId}${extension ? `.${extension}` : ''}`;
}

/** The draft a signer reviews or prints before signing. */
export function draftKey(requestId: string, documentId: string, extension: string): string {
  return `${ARCHIVE_PREFIXES.drafts}${requestId}/${documentId}.${extension}`;
}

/** A personnel document an employee keeps in their own archive (SK CPNS, diplomas…). */
export function personalDocumentKey(nip: string, documentId: string): string {
  return `${ARCHIVE_PREFIXES.personal}${nip}/${documentId}`;
}

/** Object Lock on one archived object: neither changed nor deleted before `until`. */
export interface ArchiveLock {
  readonly mode: 'GOVERNANCE' | 'COMPLIANCE';
  readonly until: Date;
}

/** What a document is, for its retention: the service it was issued for, or a rejection letter. */
export type RetentionType = 'REJECTION_LETTER' | string;

/**
 * The lock an issued document gets: the years its type requires (archive.retentionYearsByType,
 * from the agency's records retention schedule), or archive.retentionYears, counted from `issuedAt`.
 */
export function archiveLock(
  settings: Pick<RuntimeSettings, 'archive'>,
  type: RetentionType,
  issuedAt: Date,
): ArchiveLock {
  const { archive } = settings;
  const years = archive.retentionYearsByType[type as keyof typeof archive.retentionYearsByType];
  const until = new Date(issuedAt);
  until.setUTCFullYear(until.getUTCFullYear() + (years ?? archive.retentionYears));
  return { mode: archive.objectLockMode, until };
}
