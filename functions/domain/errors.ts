/**
 * Typed errors the domain throws. One middleware (functions/api/http.ts) maps them to HTTP;
 * `message` is always Bahasa Indonesia because it reaches the user as is.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that is well-formed JSON but breaks a rule (400). */
export class ValidationError extends DomainError {
  readonly status = 400;
}

/** No token, or a token that cannot be read (401). */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

/** The caller is known but may not do this (403). */
export class ForbiddenError extends DomainError {
  readonly status = 403;
}

/** The thing does not exist, or the caller may not know it exists (404). */
export class NotFoundError extends DomainError {
  readonly status = 404;
}

/** The request is in a state where this action no longer applies, or another action won (409). */
export class ConflictError extends DomainError {
  readonly status = 409;
}

/** Well-formed input the server understands but will not process as sent (422). */
export class UnprocessableError extends DomainError {
  readonly status = 422;
}

/** A dependency refused for now; the caller may retry the same call (503). */
export class UnavailableError extends DomainError {
  readonly status = 503;
}
