import { createHash } from 'node:crypto';

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
