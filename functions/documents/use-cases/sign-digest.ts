import type { DocumentSigner, SigningLedger, SigningRecord } from '#documents/domain/ports';
import type { Clock } from '#kernel/domain/ports';

export interface SignDeps {
  readonly signer: DocumentSigner;
  readonly ledger: SigningLedger;
  readonly clock: Clock;
}

export interface DigestSignature {
  readonly keyId: string;
  /** DER, base64 */
  readonly value: string;
  readonly signedAt: string;
}

const done = (record: SigningRecord): DigestSignature | undefined =>
  record.status === 'SIGNED' && record.keyId && record.signature && record.signedAt
    ? { keyId: record.keyId, value: record.signature, signedAt: record.signedAt }
    : undefined;

/**
 * Signs a SHA-256 digest (hex) exactly once: a digest signed before returns its signature; an
 * attempt whose outcome is unknown (a PENDING record left by a crash or a timeout) is checked
 * with the provider before any new attempt, never blindly repeated.
 */
export async function signDigest(
  deps: SignDeps,
  sha256: string,
  reference: string,
): Promise<DigestSignature> {
  const { record, created } = await deps.ledger.begin(sha256, reference, deps.clock.now().toISOString());
  const signedBefore = done(record);
  if (signedBefore) return signedBefore;
  const recovered = created ? undefined : await deps.signer.recover(record.reference);
  const signed = recovered ?? (await deps.signer.sign(Buffer.from(sha256, 'hex'), reference));
  const signature: DigestSignature = {
    keyId: signed.keyId,
    value: Buffer.from(signed.signature).toString('base64'),
    signedAt: deps.clock.now().toISOString(),
  };
  await deps.ledger.complete({
    ...record,
    status: 'SIGNED',
    keyId: signature.keyId,
    signature: signature.value,
    signedAt: signature.signedAt,
  });
  return signature;
}
