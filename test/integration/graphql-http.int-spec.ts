import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GraphQL over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_COST: '200' });
  });
  afterAll(() => t.close());

  it('passes every MUST audit of the graphql-http server audits', async () => {
    const results = await auditServer({ url: `${t.url}/graphql` });
    const must = results.filter((r) => r.name.startsWith('MUST'));
    // Every MUST audit of the graphql-http version in package-lock.json ran (none was left out or renamed).
    expect(must.length).toBe(13);
    const failed = must.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
  });

  it('answers malformed JSON with 400 and a mutation over GET with 405', async () => {
    const malformed = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        {
          message:
            "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n",
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('rejects queries deeper or costlier than the limits', async () => {
    const deep = '{ me { ' + 'organization { accountManager { '.repeat(8) + 'id' + ' } }'.repeat(8) + ' } }';
    const depth = await t.client().request(deep);
    expect(depth).toEqual({
      status: 400,
      data: undefined,
      errors: [{ message: 'Syntax Error: Query depth limit of 15 exceeded, found 18.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    // 1 + 100 users × 6 fields each (nodes, organization, accountManager, organization, accountManager, id) = 601 > GRAPHQL_MAX_COST 200.
    const costly = await t.client().request(`{ users(first: 100) { nodes { organization { accountManager { organization { accountManager { id } } } } } } }`);
    expect(costly).toEqual({
      status: 400,
      data: undefined,
      errors: [{ message: 'Query is too costly: 601 exceeds the limit of 200', extensions: { code: 'BAD_USER_INPUT', cost: 601, maxCost: 200 } }],
    });
  });

  it('gives every error a stable code and never a stack trace', async () => {
    const res = await t.client().request(`{ nope }`);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const forbidden = await t.client().request(`{ organizations { id } }`);
    expect(forbidden.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
    const badArg = await t.client().request(`{ users(first: 0) { nodes { id } } }`);
    // Arguments are validated before any permission check: a bad page size is bad input for everyone.
    expect(badArg.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses NUL characters in any text argument as BAD_USER_INPUT naming the field, never a 500', async () => {
    const c = t.client();
    const signUp = await c.error(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
      i: { email: 'n@example.com', displayName: 'Nul\u0000Name', password: 'long enough password' },
    });
    expect(signUp.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const signIn = await c.error(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { email: 'n\u0000@example.com', password: 'x' } });
    expect(signIn.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    const slug = await c.error(`query($s: String!) { forum(slug: $s) { id } }`, { s: 'a\u0000b' });
    expect(slug.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
    const tags = await c.error(`mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, {
      i: { forumId: '00000000-0000-0000-0000-000000000000', title: 'A fine title', body: 'ok', tags: ['ok', 'b\u0000d'] },
    });
    expect(tags.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
  });

  it('serves /healthz and /readyz, and tags responses with a request id', async () => {
    const live = await fetch(`${t.url}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, meilisearch: { status: 'up' } } });
    // Without one from a proxy, each response gets a fresh random UUID.
    expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const forwarded = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(forwarded.headers.get('x-request-id')).toBe('abc-123');
  });

  it('sends a Content-Security-Policy that forbids inline script', async () => {
    const res = await fetch(`${t.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
    expect(scriptSrc.trim()).toBe("script-src 'self'");
  });
});

describe('GraphQL in production mode', () => {
  it('turns introspection off', async () => {
    const t = await startTestApp({ NODE_ENV: 'production' });
    try {
      const res = await t.client().request(`{ __schema { types { name } } }`);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([
        {
          message:
            'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    } finally {
      await t.close();
    }
  });
});
