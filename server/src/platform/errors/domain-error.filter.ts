import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { sendGraphQLShapedError } from '../http/request-body';
import { DomainError, TooLargeError } from './domain-error';
import { ErrorCode } from './error-code';

/** The HTTP status of a refusal on a plain HTTP route (uploads, downloads); GraphQL answers 200 with the same body. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SEARCH_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * Expected outcomes (bad input, not found, ...) go straight to the GraphQL formatter without an error log. On a plain
 * HTTP route they are answered in the same shape (`{"errors":[{"message","extensions":{"code","field","reason"}}]}`)
 * with a matching 4xx status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError, host: ArgumentsHost) {
    if (host.getType() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const status = exception instanceof TooLargeError ? 413 : HTTP_STATUS[exception.code];
    const extensions = Object.fromEntries(
      Object.entries({ code: exception.code, field: exception.field, reason: exception.reason }).filter(([, v]) => v !== undefined),
    );
    sendGraphQLShapedError(res, status, exception.message, extensions);
  }
}
