import { buildSchema, graphql, type GraphQLError } from 'graphql';
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
      expect(hidden.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    }
  });
});

describe('withoutSuggestions', () => {
  it('keeps messages without a suggestion as they are', () => {
    expect(withoutSuggestions('Cannot query field "zzz" on type "User".')).toBe('Cannot query field "zzz" on type "User".');
  });
  it('cuts at the suggestion', () => {
    expect(withoutSuggestions('Unknown argument "frist" on field "Query.users". Did you mean "first"?')).toBe('Unknown argument "frist" on field "Query.users".');
  });
});
