/**
 * Typed errors the domain throws. Each names its kind, what went wrong in terms of the rules, not
 * of any protocol: the HTTP wrapper (functions/kernel/http/http.ts) holds the one table from kind to
 * status. `message` is always Bahasa Indonesia because it reaches the user as is.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unsupported-media'
  | 'unprocessable'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that is well-formed JSON but breaks a rule. */
export class ValidationError extends DomainError {
  readonly kind = 'invalid';
}

/** No token, or a token that cannot be read. */
export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthenticated';
}

/** The caller is known but may not do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** The thing does not exist, or the caller may not know it exists. */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The request is in a state where this action no longer applies, or another action won. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** A body in a media type the API does not read. */
export class UnsupportedMediaTypeError extends DomainError {
  readonly kind = 'unsupported-media';
}

/** Well-formed input the server understands but will not process as sent. */
export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable';
}

/** A dependency refused for now; the caller may retry the same call. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
