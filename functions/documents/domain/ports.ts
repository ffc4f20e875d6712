import type { DocumentContent } from './documents';

/** Authority to sign a service's documents: the PPK's own, or delegated (Kediri Pasal 11(2)). */
export interface SigningAuthority {
  readonly serviceType: string;
  readonly username: string;
  readonly name: string;
  readonly nip?: string;
  readonly position: string;
  /** The decree that grants it (number and date). */
  readonly basis: string;
  readonly validFrom: string;
  readonly validUntil?: string;
  /** Acting officials: Plt. (pelaksana tugas) or Plh. (pelaksana harian). */
  readonly acting?: 'PLT' | 'PLH';
}
export interface SigningAuthorities {
  forService(serviceType: string): Promise<readonly SigningAuthority[]>;
  put(authority: SigningAuthority): Promise<void>;
  remove(serviceType: string, username: string): Promise<boolean>;
}
/** Draws a document's content as a PDF. */
export interface DocumentRenderer {
  render(content: DocumentContent): Promise<Uint8Array>;
}
/**
 * The agency's signing key (AWS KMS in production, a key of its own in the local stack).
 * It signs a document's SHA-256 digest and checks signatures made with it.
 */
export interface DocumentSigner {
  /** Signs `digest` (32 bytes); `reference` names the act (document or batch id) where the provider keeps records. */
  sign(digest: Uint8Array, reference: string): Promise<{ keyId: string; signature: Uint8Array }>;
  /**
   * After an attempt whose outcome is unknown: the signature the provider holds for `reference`,
   * if it keeps any. A provider that keeps none (KMS) answers undefined: nothing was recorded, so
   * signing again is the only way on and has no other effect.
   */
  recover(reference: string): Promise<{ keyId: string; signature: Uint8Array } | undefined>;
  verify(digest: Uint8Array, signature: Uint8Array, keyId: string): Promise<boolean>;
  /** The public key of `keyId`, PEM (SPKI), for anyone to check signatures offline. */
  publicKey(keyId: string): Promise<string>;
}
/** A signing act in progress or done, keyed by the digest it signs (signing is idempotent per digest). */
export interface SigningRecord {
  readonly sha256: string;
  readonly reference: string;
  readonly status: 'PENDING' | 'SIGNED';
  readonly startedAt: string;
  readonly keyId?: string;
  /** base64 DER */
  readonly signature?: string;
  readonly signedAt?: string;
}
export interface SigningLedger {
  /** The record of `sha256`, creating it PENDING if there is none. */
  begin(sha256: string, reference: string, at: string): Promise<{ record: SigningRecord; created: boolean }>;
  complete(record: SigningRecord): Promise<void>;
  get(sha256: string): Promise<SigningRecord | undefined>;
}
/**
 * A signer's bulk-signing act (Kediri Pasal 11): the manifest of the drafts they reviewed, by
 * digest. The signing function signs the manifest with the agency's key once, when it issues the
 * batch's first document (the ledger holds that signature), and each document at its issuance.
 */
export interface SigningBatch {
  readonly id: string;
  readonly signedBy: string;
  readonly signerName?: string;
  readonly createdAt: string;
  /** The canonical JSON that was signed, and its SHA-256. */
  readonly manifest: string;
  readonly sha256: string;
  readonly items: ReadonlyArray<{
    readonly requestId: string;
    readonly sha256: string;
    readonly result: 'PENDING' | 'SIGNED' | 'SKIPPED';
    readonly reason?: string;
  }>;
}
export interface SigningBatches {
  put(batch: SigningBatch): Promise<void>;
  get(id: string): Promise<SigningBatch | undefined>;
}
