import { buildSchema, graphql, GraphQLError } from 'graphql';
import { BadUserInputError, ConflictError, DomainError, ForbiddenError, NotFoundError } from './domain-error';
import { ErrorCode } from './error-code';
import { createErrorFormatter, withoutSuggestions } from './format-error';

const schema = buildSchema(`
  enum Sort { NEWEST OLDEST }
  input SignInInput { email: String! password: String! }
  type User { displayName: String! }
  type Query { users(first: Int, sort: Sort): [User!]! signIn(input: SignInInput!): Boolean }
`);

/** The errors graphql-js itself produces for a request (validation or variable coercion). */
async function errorsOf(source: string, variableValues?: Record<string, unknown>): Promise<readonly GraphQLError[]> {
  const result = await graphql({ schema, source, variableValues });
  return result.errors ?? [];
}

const typos = [
  ['a field', '{ users { displayNam } }', undefined],
  ['an argument', '{ users(frist: 1) { displayName } }', undefined],
  ['an enum value', '{ users(sort: NEWES) { displayName } }', undefined],
  ['a type', 'query($i: SignInInpt!) { signIn(input: $i) }', undefined],
  ['an input field in variables', 'query($i: SignInInput!) { signIn(input: $i) }', { i: { email: 'a@b.c', passwrd: 'x', password: 'x' } }],
] as const;

describe('createErrorFormatter with hideSuggestions', () => {
  const hiding = createErrorFormatter({ exposeDetails: false, hideSuggestions: true, logUnexpected: () => undefined });
  const showing = createErrorFormatter({ exposeDetails: false, logUnexpected: () => undefined });

  it.each(typos)('drops the "Did you mean" that graphql-js adds for %s, keeping what went wrong', async (_kind, source, variables) => {
    const errors = await errorsOf(source, variables);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      // The input really gets a suggestion, so the assertion below tests something.
      expect(showing(error.toJSON(), error).message).toMatch(/ Did you mean "?\w/);
      const hidden = hiding(error.toJSON(), error);
      expect(hidden.message).toBe(error.message.slice(0, error.message.indexOf(' Did you mean ')));
      expect(hidden.message).not.toMatch(/did you mean/i);
      // A variable that does not coerce is the caller's input at fault, named; the rest are validation errors.
      expect(hidden.extensions).toEqual(variables ? { code: 'BAD_USER_INPUT', field: 'i' } : { code: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });
});

describe('withoutSuggestions', () => {
  it('keeps messages without a suggestion as they are', () => {
    expect(withoutSuggestions('Cannot query field "zzz" on type "User".')).toBe('Cannot query field "zzz" on type "User".');
  });
  it('cuts at the suggestion', () => {
    expect(withoutSuggestions('Unknown argument "frist" on field "Query.users". Did you mean "first"?')).toBe(
      'Unknown argument "frist" on field "Query.users".',
    );
  });
});

describe('createErrorFormatter and domain errors', () => {
  const format = createErrorFormatter({ exposeDetails: false, logUnexpected: () => undefined });
  /** What a resolver that threw `err` sends back: graphql-js wraps it, the formatter unwraps it. */
  const formatted = (err: Error) => {
    const wrapped = new GraphQLError(err.message, { originalError: err, path: ['field'] });
    return format(wrapped.toJSON(), wrapped);
  };

  it("copies a module's stable reason to extensions.reason, beside the unchanged code", () => {
    expect(formatted(new ForbiddenError('This thread is locked', 'THREAD_LOCKED'))).toMatchObject({
      message: 'This thread is locked',
      extensions: { code: 'FORBIDDEN', reason: 'THREAD_LOCKED' },
    });
    expect(formatted(new ConflictError('A forum with this slug exists', 'slug', 'FORUM_SLUG_TAKEN')).extensions).toEqual({
      code: 'CONFLICT',
      field: 'slug',
      reason: 'FORUM_SLUG_TAKEN',
    });
    expect(formatted(new DomainError(ErrorCode.FORBIDDEN, 'No', undefined, 'SOME_REASON')).extensions).toEqual({ code: 'FORBIDDEN', reason: 'SOME_REASON' });
  });

  it('adds no reason key to errors that have none (their extensions stay exactly as before)', () => {
    expect(formatted(new ForbiddenError()).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(formatted(new ConflictError('Taken', 'position')).extensions).toEqual({ code: 'CONFLICT', field: 'position' });
    expect(formatted(new BadUserInputError('title', 'Too short')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(formatted(new NotFoundError('Thread')).extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
