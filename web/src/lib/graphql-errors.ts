import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { ErrorCodeName } from '@threadline/shared';
import type { GraphQLFormattedError } from 'graphql';

/** What a form shows after a failed request: messages next to fields, and one form-level alert. */
export interface FormErrors {
  fieldErrors: Record<string, string>;
  formError?: string;
}

export const NO_FORM_ERRORS: FormErrors = { fieldErrors: {} };

export const UNREACHABLE_MESSAGE = "We couldn't reach Threadline. Check your connection and try again.";
export const UNEXPECTED_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/** The GraphQL errors inside an Apollo Client 4 error (or an Apollo Client 3 `ApolloError`), else none. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (error && typeof error === 'object' && 'graphQLErrors' in error && Array.isArray(error.graphQLErrors)) {
    return error.graphQLErrors as GraphQLFormattedError[];
  }
  return [];
}

/** The `extensions.code` of the first GraphQL error, e.g. `NOT_FOUND`. */
export function errorCodeOf(error: unknown): ErrorCodeName | (string & {}) | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the request never got a GraphQL answer: offline, server down, or a proxy error page. */
export function isUnreachable(error: unknown): boolean {
  if (!error || graphQLErrorsOf(error).length > 0) return false;
  if (ServerError.is(error)) return error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504;
  if (ServerParseError.is(error)) return true;
  // fetch() rejects with a TypeError when the network or the server is down.
  return error instanceof TypeError || (error instanceof Error && error.name === 'TypeError');
}

/** One sentence a person can act on, for anything that went wrong with a request. */
export function describeError(error: unknown): string {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length > 0) return messageOf(graphQLErrors[0]);
  if (isUnreachable(error)) return UNREACHABLE_MESSAGE;
  return UNEXPECTED_MESSAGE;
}

/**
 * Splits a failed mutation into field messages (for errors whose `extensions.field` names one of
 * `fields`) and a form-level message for everything else: wrong credentials, rate limits, outages.
 */
export function toFormErrors(error: unknown, fields: readonly string[]): FormErrors {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length === 0) return { fieldErrors: {}, formError: describeError(error) };

  const fieldErrors: Record<string, string> = {};
  const formMessages: string[] = [];
  for (const graphQLError of graphQLErrors) {
    const field = fieldOf(graphQLError);
    if (field && fields.includes(field) && graphQLError.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      fieldErrors[field] ??= graphQLError.message;
    } else {
      const message = messageOf(graphQLError);
      if (!formMessages.includes(message)) formMessages.push(message);
    }
  }
  return { fieldErrors, formError: formMessages.length > 0 ? formMessages.join(' ') : undefined };
}

/** The server names fields below the input object (`password`); older shapes say `input.password`. */
function fieldOf(error: GraphQLFormattedError): string | undefined {
  const field = error.extensions?.field;
  return typeof field === 'string' ? field.replace(/^input\./, '') : undefined;
}

function messageOf(error: GraphQLFormattedError): string {
  switch (error.extensions?.code) {
    case 'INTERNAL_SERVER_ERROR':
      return UNEXPECTED_MESSAGE;
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
      // The page was built against an older schema: a reload picks up the current app.
      return 'This page is out of date. Reload it and try again.';
    default:
      return error.message || UNEXPECTED_MESSAGE;
  }
}
