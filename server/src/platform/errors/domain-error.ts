import { ErrorCode } from './error-code';

/**
 * Base of every module's exception: a code from ErrorCode and, for bad input, the field at fault.
 * The GraphQL error formatter maps it to `extensions.code` / `extensions.field` in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field);
  }
}
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found`);
  }
}
export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do that') {
    super(ErrorCode.FORBIDDEN, message);
  }
}
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do that') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
/** Too many requests of one kind: says when to retry (`extensions.retryAfter`, in seconds). */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.RATE_LIMITED, message);
  }
}
export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.CONFLICT, message, field);
  }
}
