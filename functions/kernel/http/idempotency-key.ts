import { ValidationError } from '#kernel/domain/errors';

/** The Idempotency-Key header of a create, checked: 8–64 letters, digits, `_` or `-`. */
export function idempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined || /^[A-Za-z0-9_-]{8,64}$/.test(value)) return value;
  throw new ValidationError(
    'INVALID_IDEMPOTENCY_KEY',
    'Header Idempotency-Key terdiri atas 8–64 huruf, angka, garis bawah atau tanda hubung.',
    'Idempotency-Key',
  );
}
