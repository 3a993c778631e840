import { describeWait } from '../../server/src/platform/errors/domain-error';
import { ContentWorkers } from '../../server/src/modules/content/content-workers.service';
import { QueryCounter } from '../../server/src/platform/database/query-counter';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** Issue 6 §1: no request, from anyone, may hold the server. Each test asserts the mechanism, not a timing. */
describe('bounded work per request', () => {
  let t: TestApp;
  let staff: TestUser;
  let member: TestUser;
  let forumId: string;

  beforeAll(async () => {
    // Posting limits have their own suite (posting-limits.sec-spec.ts); here they would only slow the setup.
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    member = await createUser(t);
    forumId = (await createForum(staff)).id;
  });
  afterAll(() => t.close());

  async function post(body: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
  }

  const table = '| a | b | c |\n|---|---|---|\n' + '| x | y | z |\n'.repeat(2_300);

  it('refuses previewMarkdown repeated under 200 aliases before rendering anything', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `p${i}: previewMarkdown(body: $body)`).join('\n');
    const res = await member.client.request(`query($body: String!) { ${fields} }`, { body: table });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/Aliases limit of 15 exceeded/);
  });

  it('allows previewMarkdown once per request, whatever the aliases', async () => {
    const res = await member.client.request(`query($body: String!) { a: previewMarkdown(body: $body) b: previewMarkdown(body: $body) }`, { body: 'hi' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'previewMarkdown', maxPerOperation: 1 });
    expect(res.data).toBeFalsy();
  });

  it('counts a fragment spread twice as two appearances', async () => {
    const res = await member.client.request(
      `query($body: String!) { ...P ...Q } fragment P on Query { previewMarkdown(body: $body) } fragment Q on Query { x: previewMarkdown(body: $body) }`,
      { body: 'hi' },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'previewMarkdown' });
  });

  it('prices previewMarkdown by the length of the text', async () => {
    // About 3,400 for the list, plus 1 per 20 characters of preview: fine with a short text, over 5,000 with a long one.
    const query = `query($body: String!) { previewMarkdown(body: $body) users(first: 100) { edges { node { id recentPosts(first: 30) { id } } } } }`;
    const short = await staff.client.request(query, { body: 'hi' });
    expect(short.errors).toBeUndefined();
    const long = await staff.client.request(query, { body: 'x'.repeat(50_000) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 5000 });
    expect(long.data).toBeFalsy();
  });

  it('gives previews to signed-in users only', async () => {
    const err = await t.client().error(`query { previewMarkdown(body: "**hi**") }`);
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('limits previews per user, and says when to retry', async () => {
    const user = await createUser(t);
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await user.client.request(`query { previewMarkdown(body: "*${i}*") }`));
    expect(results.slice(0, 30).every((r) => !r.errors)).toBe(true);
    const limited = results[30].errors?.[0];
    expect(limited?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(limited?.message).toBe(`Too many previews. Try again in ${describeWait(limited?.extensions?.retryAfter as number)}.`);
  });

  it('renders Markdown in a worker thread, never on the event loop', async () => {
    const workers = t.app.get(ContentWorkers);
    const before = workers.completedTasks;
    const { previewMarkdown } = await member.client.ok(`query($body: String!) { previewMarkdown(body: $body) }`, { body: '| a |\n|---|\n| **b** |' });
    expect(previewMarkdown).toContain('<strong>b</strong>');
    expect(workers.completedTasks).toBe(before + 1);
    // Thread bodies take the same path: the render and nothing else on the main thread.
    const beforeThread = workers.completedTasks;
    await createThread(member, forumId, { body: table.slice(0, 20_000) });
    expect(workers.completedTasks).toBe(beforeThread + 1);
  });

  it('reads a bounded number of revisions per post, each with its diff status, and prices them by count', async () => {
    const thread = await createThread(member, forumId, { body: 'v1' });
    for (let v = 2; v <= 5; v++) {
      await member.client.ok(`mutation($p: ID!, $b: String!) { editPost(input: { postId: $p, body: $b }) { id } }`, { p: thread.openingPostId, b: `v${v}` });
    }
    const q = `query($id: ID!, $last: Int) { post(id: $id) { revisions(last: $last) { revision bodySource bodyDiffStatus } } }`;
    const { post } = await member.client.ok(q, { id: thread.openingPostId, last: 2 });
    expect(post.revisions).toEqual([
      { revision: 4, bodySource: 'v4', bodyDiffStatus: 'COMPARED' },
      { revision: 5, bodySource: 'v5', bodyDiffStatus: 'COMPARED' },
    ]);
    for (const last of [0, 101]) {
      expect((await member.client.error(q, { id: thread.openingPostId, last })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'last' });
    }
    // Every reply's full history in one request is more work than one request may do.
    const all = await member.client.error(`query($id: ID!) { thread(id: $id) { posts(first: 100) { nodes { revisions { bodySource } } } } }`, {
      id: thread.id,
    });
    expect(all.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 5000 });
  });

  it('batches user(handle:) lookups into one query and caps them at 10 per request', async () => {
    const counter = t.app.get(QueryCounter);
    const ten = Array.from({ length: 10 }, (_, i) => `u${i}: user(handle: "${i % 2 ? member.handle : staff.handle}") { id }`).join('\n');
    counter.reset();
    const ok = await t.client().ok(`{ ${ten} }`);
    expect(Object.keys(ok)).toHaveLength(10);
    // One lookup, beside the read cache's content version (read once for a signed-out request).
    expect(counter.count).toBe(2);
    const eleven = ten + `\nu10: user(handle: "${member.handle}") { id }`;
    const err = await t.client().error(`{ ${eleven} }`);
    // 11 aliases are within the alias limit: the per-field cap is what refuses it.
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'user', maxPerOperation: 10 });
  });

  it('answers a 5,000-deep query with a parse error, not a crash', async () => {
    const deep = '{ forums { id '.padEnd(0) + 'forum { '.repeat(5_000) + 'id' + ' }'.repeat(5_000) + ' } }';
    const res = await post(JSON.stringify({ query: deep }));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors?.[0].message).toMatch(/2000 tokens/);
  });

  it('answers a chain of 2,000 fragments with a parse error, not an HTTP 500', async () => {
    const fragments = Array.from({ length: 2_000 }, (_, i) => `fragment F${i} on Query { ${i === 1_999 ? 'forums { id }' : `...F${i + 1}`} }`).join('\n');
    const res = await post(JSON.stringify({ query: `{ ...F0 }\n${fragments}` }));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a short document whose fragments double at every step', async () => {
    // 30 fragments, each spreading the next twice: 2^30 fields once expanded, in a few hundred tokens.
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Forum { ${i === 29 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join('\n');
    const res = await post(JSON.stringify({ query: `{ forums { ...F0 } }\n${fragments}` }));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query deeper than the limit even through fragments', async () => {
    const chain = 'lastThread { forum { '.repeat(10) + 'id' + ' } }'.repeat(10);
    const res = await post(JSON.stringify({ query: `{ forums { ...A } } fragment A on Forum { ${chain} }` }));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0].message).toMatch(/Query depth limit of 15 exceeded/);
  });

  it('refuses more directives than the limit', async () => {
    const res = await post(JSON.stringify({ query: `{ forums { id ${'@include(if: true) '.repeat(25)} } }` }));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/Directives limit of 20 exceeded/);
  });
});
