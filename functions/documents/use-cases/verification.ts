import { createHash } from 'node:crypto';
import type { EmployeeArchive, IssuedDocument } from '#archive';
import { findService, isServiceCode } from '#catalog';
import type { DocumentSigner } from '#documents/domain/ports';
import type { FileStore } from '#files';
import { VERIFY_UPLOAD_MAX_BYTES, verificationUploadKey } from '#files';
import { type PresignedUpload, presignUpload, readUploaded } from '#files/use-cases/stored-upload';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import type { DocumentContentType } from '#requests';

export interface VerificationDeps {
  readonly employeeArchive: EmployeeArchive;
  readonly signer: DocumentSigner;
}

export const VERIFICATION_STATUSES = {
  VALID: 'Sah',
  REVOKED: 'Dicabut',
  INVALID: 'Tidak sah: tanda tangan tidak cocok',
  UNKNOWN: 'Tidak dikenal',
} as const;
export type VerificationStatus = keyof typeof VERIFICATION_STATUSES;

/**
 * What anyone may learn of a document by its id: whether it is ours and still stands, what the
 * document itself prints of its issue (number, title, date, signer) and its digest and signature,
 * checked against the agency's public key. Nothing of the holder beyond that.
 */
export interface Verification {
  readonly documentId: string;
  readonly status: VerificationStatus;
  readonly statusLabel: string;
  readonly document?: {
    readonly number: string;
    readonly title: string;
    readonly serviceType: string;
    readonly serviceName: string;
    readonly issuedAt: string;
    readonly signer: {
      readonly name: string;
      readonly position: string;
      readonly nip?: string;
      readonly acting?: 'PLT' | 'PLH';
    };
    readonly sha256: string;
    readonly signature: {
      readonly mode: 'ELECTRONIC' | 'WET' | 'SEAL';
      readonly algorithm: string;
      readonly keyId: string;
      readonly value: string;
      readonly valid: boolean;
      readonly publicKey: string;
    };
    readonly revocation?: { readonly reason: string; readonly at: string };
  };
}

function unknown(documentId: string): Verification {
  return { documentId, status: 'UNKNOWN', statusLabel: VERIFICATION_STATUSES.UNKNOWN };
}

async function verdict(deps: VerificationDeps, document: IssuedDocument): Promise<Verification> {
  const { signature } = document;
  const valid = await deps.signer
    .verify(Buffer.from(document.sha256, 'hex'), Buffer.from(signature.value, 'base64'), signature.keyId)
    .catch(() => false);
  const status: VerificationStatus = !valid ? 'INVALID' : document.revocation ? 'REVOKED' : 'VALID';
  const { name, position, nip, acting } = signature.signer;
  return {
    documentId: document.documentId,
    status,
    statusLabel: VERIFICATION_STATUSES[status],
    document: {
      number: document.number,
      title: document.title,
      serviceType: document.serviceType,
      serviceName: isServiceCode(document.serviceType)
        ? findService(document.serviceType).name
        : document.serviceType,
      issuedAt: signature.signedAt,
      signer: { name, position, ...(nip && { nip }), ...(acting && { acting }) },
      sha256: document.sha256,
      signature: {
        mode: signature.mode,
        algorithm: signature.algorithm,
        keyId: signature.keyId,
        value: signature.value,
        valid,
        publicKey: await deps.signer.publicKey(signature.keyId).catch(() => ''),
      },
      ...(document.revocation && {
        revocation: { reason: document.revocation.reason, at: document.revocation.at },
      }),
    },
  };
}

/** The verification of a document id, as its QR code asks for it. */
export async function verifyDocument(deps: VerificationDeps, documentId: string): Promise<Verification> {
  const document = await deps.employeeArchive.get(documentId);
  return document?.source === 'ISSUED' ? verdict(deps, document) : unknown(documentId);
}

/** Whether a file is byte for byte a document the agency issued, and that document's verification. */
export async function verifyFile(
  deps: VerificationDeps,
  file: Uint8Array,
): Promise<{ readonly match: boolean; readonly sha256: string; readonly verification?: Verification }> {
  const sha256 = createHash('sha256').update(file).digest('hex');
  const document = await deps.employeeArchive.findIssued(sha256);
  if (!document) return { match: false, sha256 };
  return { match: true, sha256, verification: await verdict(deps, document) };
}

/** A presigned URL for a file too large for the request body, to check with verifyUploadedFile. */
export function registerVerificationUpload(
  deps: { readonly files: FileStore; readonly ids: IdGenerator; readonly clock: Clock },
  file: { readonly contentType: DocumentContentType; readonly size: number },
): Promise<PresignedUpload> {
  return presignUpload(deps, verificationUploadKey, file.contentType, file.size);
}

/** verifyFile for a file uploaded to the URL registerVerificationUpload gave. */
export async function verifyUploadedFile(
  deps: VerificationDeps & { readonly files: FileStore },
  uploadId: string,
): ReturnType<typeof verifyFile> {
  return verifyFile(deps, await readUploaded(deps, verificationUploadKey(uploadId), VERIFY_UPLOAD_MAX_BYTES));
}
