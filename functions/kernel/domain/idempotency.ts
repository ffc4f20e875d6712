import { createHash } from 'node:crypto';
import { UnprocessableError } from './errors';

/** A create under an Idempotency-Key: the key, and the fingerprint of what was asked under it. */
export interface Idempotency {
  readonly key: string;
  readonly fingerprint: string;
}

/**
 * The id of what a client creates under an Idempotency-Key: the same caller and key give the same
 * id, so a retried call finds what the first one stored instead of storing it twice. A UUID
 * (version 8, the RFC 9562 custom layout) from the SHA-256 of the caller and the key.
 */
export function idForKey(caller: string, key: string): string {
  const hex = createHash('sha256').update(`${caller}\n${key}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** JSON with object keys in order, so equal values give equal text whatever order a client sent. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The SHA-256 of a create's input: a key reused for different input is told apart from a retry. */
export function fingerprintOf(input: unknown): string {
  return createHash('sha256').update(canonical(input)).digest('hex');
}

/**
 * Refuses a key reused with different input (422, as the IETF Idempotency-Key draft says): the
 * first resource is not what this call asked for. `stored` undefined is a create from before
 * fingerprints were kept, taken as a retry.
 */
export function requireSameInput(stored: string | undefined, given: string): void {
  if (stored === undefined || stored === given) return;
  throw new UnprocessableError(
    'IDEMPOTENCY_KEY_REUSED',
    'Idempotency-Key ini sudah dipakai untuk permintaan dengan isi berbeda. Gunakan kunci baru untuk permintaan baru.',
    'Idempotency-Key',
  );
}
