import { HttpException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, RateLimitedError } from './domain-error';
import { ErrorCode } from './error-code';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Builds the GraphQL error formatter: every error leaves with a stable code, and unexpected ones
 * leave with a generic message and no stack trace (outside development), after being logged.
 */
export function createErrorFormatter(opts: { exposeDetails: boolean; hideSuggestions?: boolean; logUnexpected: (err: unknown) => void }) {
  const format = formatWithCode(opts);
  if (!opts.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return { ...out, message: withoutSuggestions(out.message) };
  };
}

/**
 * graphql-js ends validation and variable errors with " Did you mean …?", naming the fields, arguments,
 * types, input fields and enum values closest to a guess: with introspection off, a way to map the schema
 * one typo at a time. The rest of the message (what was wrong, where) stays.
 */
export function withoutSuggestions(message: string): string {
  const at = message.indexOf(' Did you mean ');
  return at === -1 ? message : message.slice(0, at);
}

/** graphql-js's variable coercion errors: `Variable "$name" got invalid value …` / `… of required type … was not provided`. */
const VARIABLE_ERROR = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" /;

function formatWithCode(opts: { exposeDetails: boolean; logUnexpected: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalErrorOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      const retryAfter = original instanceof RateLimitedError ? original.retryAfter : undefined;
      // `reason` is the module's stable name for the refusal (its `<module>.errors.ts`); `code` stays the coarse one.
      return { ...base, message: original.message, extensions: compact({ code: original.code, field: original.field, reason: original.reason, retryAfter }) };
    }
    if (original instanceof ThrottlerException) {
      // GqlThrottlerGuard answers RateLimitedError (with the wait); this is for a guard that did not.
      return { ...base, message: 'Too many attempts. Try again in a minute.', extensions: { code: ErrorCode.RATE_LIMITED, retryAfter: 60 } };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    if (!original || original instanceof GraphQLError) {
      // Parse, validation, variable coercion and limit errors: GraphQL's own, already safe to show.
      // A variable that does not coerce (an Int beyond 32 bits, a missing required one) is the caller's input at
      // fault: BAD_USER_INPUT naming the variable, whatever code the server library left on it.
      const variable = VARIABLE_ERROR.exec(formatted.message);
      const code = variable ? ErrorCode.BAD_USER_INPUT : ((formatted.extensions?.code as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED');
      // Only the keys we put there ourselves (the limits) travel; nothing else a library attached.
      const ext = formatted.extensions ?? {};
      return {
        ...base,
        extensions: compact({ code, field: ext.field ?? variable?.[1], cost: ext.cost, maxCost: ext.maxCost, maxPerOperation: ext.maxPerOperation }),
      };
    }
    opts.logUnexpected(original ?? error);
    return {
      ...base,
      message: opts.exposeDetails && original instanceof Error ? original.message : 'Internal server error',
      extensions: compact({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        stacktrace: opts.exposeDetails && original instanceof Error ? original.stack?.split('\n') : undefined,
      }),
    };
  };
}

function originalErrorOf(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  while (current && typeof current === 'object' && 'originalError' in current && current.originalError) {
    current = current.originalError as { originalError?: unknown };
  }
  return current === error ? undefined : current;
}

function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
