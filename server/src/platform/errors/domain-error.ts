import { ErrorCode } from './error-code';

/**
 * Base of every module's exception: a code from ErrorCode, for bad input the field at fault, and optionally a
 * `reason`: a stable, more specific name (THREAD_LOCKED, FORUM_ARCHIVED, ...) that a module's error class declares in
 * `<module>.errors.ts` (docs/architecture.md lists them). The GraphQL error formatter maps them to `extensions.code`,
 * `extensions.field` and `extensions.reason` in one place; platform knows no module, so a reason is a plain string here.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly reason?: string,
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
/** Bad input that is too big (an upload over its limit): BAD_USER_INPUT, with HTTP status 413 on a plain HTTP route. */
export class TooLargeError extends BadUserInputError {}
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found`);
  }
}
export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do that', reason?: string) {
    super(ErrorCode.FORBIDDEN, message, undefined, reason);
  }
}
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do that') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
export class ConflictError extends DomainError {
  constructor(message: string, field?: string, reason?: string) {
    super(ErrorCode.CONFLICT, message, field, reason);
  }
}

/** "12 seconds", "3 minutes", "2 hours": a wait a person can act on (rounded up, never "0 seconds"). */
export function describeWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const [n, unit] = s < 60 ? [s, 'second'] : s < 3600 ? [Math.ceil(s / 60), 'minute'] : [Math.ceil(s / 3600), 'hour'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Too much too fast: the message says when to retry, and `retryAfter` (whole seconds) goes to `extensions`. */
export class RateLimitedError extends DomainError {
  readonly retryAfter: number;

  constructor(reason: string, retryAfterSeconds: number) {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    super(ErrorCode.RATE_LIMITED, `${reason} Try again in ${describeWait(retryAfter)}.`);
    this.retryAfter = retryAfter;
  }
}
