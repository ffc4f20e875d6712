import type { DomainError, ErrorKind } from '#kernel/domain/errors';

/** The one table from a domain error's kind to its HTTP status. */
const STATUS: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'unsupported-media': 415,
  unprocessable: 422,
  unavailable: 503,
};

/** The HTTP status a domain error answers with. */
export function httpStatus(error: DomainError): number {
  return STATUS[error.kind];
}
