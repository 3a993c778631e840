import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error';

/** Expected outcomes (bad input, not found, ...) go straight to the GraphQL formatter without an error log. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError, _host: ArgumentsHost) {
    return exception;
  }
}
