import { randomUUID } from 'node:crypto';
import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import type { GqlClient, GqlResponse } from '../support/gql-client';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Issue 6 §5: doctored cursors with impossible values reached PostgreSQL and came back as internal errors that logged
 * SQL parameters; `first: null` gave an empty page that claimed more pages; malformed ids and blank names were
 * internal errors. Everything here must be BAD_USER_INPUT naming the field (or NOT_FOUND), never INTERNAL_SERVER_ERROR.
 */

const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
/** JSON text as written, for numbers JSON.stringify would not produce (1e300 stays 1e300). */
const forgedRaw = (json: string) => Buffer.from(json).toString('base64url');

function expectNoInternalError(res: GqlResponse, what: string) {
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  if (codes.includes('INTERNAL_SERVER_ERROR') || res.status >= 500) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.errors)}`);
}

describe('forged input', () => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let member: TestUser;
  let forum: { id: string; slug: string };
  let thread: { id: string; openingPostId: string };
  let answer: { id: string };

  beforeAll(async () => {
    // Posting limits have their own suite (posting-limits.sec-spec.ts); this one posts a lot, fast.
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    admin = await createUser(t, { roles: ['ADMIN', 'STAFF', 'MODERATOR'] });
    member = await createUser(t);
    forum = await createForum(staff);
    thread = await createThread(member, forum.id);
    answer = await reply(staff, thread.id);
    await reply(moderator, thread.id);
    await createThread(member, forum.id, { title: 'A second thread here' });
    await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: PIN, reason: "FAQ" }) { id } }`, { t: thread.id });
  });
  afterAll(() => t.close());

  describe('cursors', () => {
    const timestamps = [
      '2026-13-01 00:00:00+00', // month 13
      '2026-02-30 00:00:00+00', // 30 February
      '2025-02-29 12:00:00+00', // not a leap year
      '0000-01-01 00:00:00+00', // year 0
      '2026-01-01 24:00:00+00',
      '2026-01-01 23:60:00+00',
      '2026-01-01 23:59:60+00',
      '2026-01-01 00:00:00+99',
      '2026-01-01 00:00:00.1234567+00',
    ];
    const ints = ['1e300', '9999999999', '-9999999999', '2147483648', '1.5', '-0.0001', '"99999999999"'];
    const uuid = '00000000-0000-0000-0000-000000000000';

    const THREADS = `query($slug: String!, $after: String, $sort: ThreadSort) { forum(slug: $slug) { threads(after: $after, sort: $sort) { nodes { id } } } }`;

    it('refuses impossible timestamps in every keyset, naming `after`', async () => {
      for (const at of timestamps) {
        for (const [sort, cursor] of [
          ['LATEST_ACTIVITY', forged([1, at, uuid])],
          ['NEWEST', forged([at, uuid])],
          ['MOST_HELPFUL', forged([0, at, uuid])],
          ['UNANSWERED', forged([at, uuid])],
        ] as const) {
          const res = await t.client().request(THREADS, { slug: forum.slug, after: cursor, sort });
          expect({ at, sort, ext: res.errors?.[0]?.extensions }).toEqual({ at, sort, ext: { code: 'BAD_USER_INPUT', field: 'after' } });
        }
        const log = await moderator.client.request(`query($after: String) { moderationLog(after: $after) { nodes { id } } }`, { after: forged([at, uuid]) });
        expect(log.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });

    it('refuses integers out of PostgreSQL int4 range, naming `after`', async () => {
      for (const n of ints) {
        const posts = await t.client().request(`query($id: ID!, $after: String) { thread(id: $id) { posts(after: $after) { nodes { id } } } }`, {
          id: thread.id,
          after: forgedRaw(`[${n}]`),
        });
        expect({ n, ext: posts.errors?.[0]?.extensions }).toEqual({ n, ext: { code: 'BAD_USER_INPUT', field: 'after' } });
        const helpful = await t
          .client()
          .request(THREADS, { slug: forum.slug, sort: 'MOST_HELPFUL', after: forgedRaw(`[${n}, "2026-01-01 00:00:00+00", "${uuid}"]`) });
        expect({ n, ext: helpful.errors?.[0]?.extensions }).toEqual({ n, ext: { code: 'BAD_USER_INPUT', field: 'after' } });
      }
    });

    it('refuses malformed uuids, over-long text and over-long cursors', async () => {
      for (const id of ['0000000-0000-0000-0000-0000000000000', `{${uuid}}`, uuid.replace(/-/g, ''), 'g'.repeat(8) + uuid.slice(8)]) {
        const res = await t.client().request(THREADS, { slug: forum.slug, sort: 'NEWEST', after: forged(['2026-01-01 00:00:00+00', id]) });
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const users = await staff.client.request(`query($after: String) { users(after: $after) { nodes { id } } }`, { after: forged(['x'.repeat(201), uuid]) });
      expect(users.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      const long = await t.client().request(THREADS, { slug: forum.slug, after: 'A'.repeat(5000) });
      expect(long.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('still follows genuine cursors, whatever the sort', async () => {
      for (const sort of ['LATEST_ACTIVITY', 'NEWEST', 'MOST_HELPFUL', 'UNANSWERED']) {
        const first = await t
          .client()
          .ok(`query($slug: String!, $sort: ThreadSort) { forum(slug: $slug) { threads(first: 1, sort: $sort) { pageInfo { endCursor } } } }`, {
            slug: forum.slug,
            sort,
          });
        const next = await t.client().request(THREADS, { slug: forum.slug, sort, after: first.forum.threads.pageInfo.endCursor });
        expect(next.errors).toBeUndefined();
      }
    });
  });

  describe('page sizes', () => {
    // `$first: Int` is declared only when the page size is a variable (an unused variable is a validation error).
    const decl = (f: string, others: string) => {
      const all = [others, f.startsWith('$') ? '$first: Int' : ''].filter(Boolean).join(', ');
      return all ? `(${all})` : '';
    };
    const CONNECTIONS: Array<{ name: string; client: () => GqlClient; query: (first: string) => string }> = [
      {
        name: 'threads',
        client: () => t.client(),
        query: (f) => `query${decl(f, '$slug: String!')} { forum(slug: $slug) { threads(first: ${f}) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      },
      {
        name: 'posts',
        client: () => t.client(),
        query: (f) => `query${decl(f, '$id: ID!')} { thread(id: $id) { posts(first: ${f}) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
      },
      {
        name: 'users',
        client: () => staff.client,
        query: (f) => `query${decl(f, '')} { users(first: ${f}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      },
      {
        name: 'moderationLog',
        client: () => moderator.client,
        query: (f) => `query${decl(f, '')} { moderationLog(first: ${f}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      },
    ];
    const vars = (name: string) => (name === 'threads' ? { slug: forum.slug } : name === 'posts' ? { id: thread.id } : {});

    it('refuses `first: null`, as a literal and as a variable, naming `first`', async () => {
      for (const c of CONNECTIONS) {
        const literal = await c.client().request(c.query('null'), vars(c.name));
        expect({ c: c.name, ext: literal.errors?.[0]?.extensions }).toEqual({ c: c.name, ext: { code: 'BAD_USER_INPUT', field: 'first' } });
        const variable = await c.client().request(c.query('$first'), { ...vars(c.name), first: null });
        expect({ c: c.name, ext: variable.errors?.[0]?.extensions }).toEqual({ c: c.name, ext: { code: 'BAD_USER_INPUT', field: 'first' } });
      }
    });

    it('refuses sizes out of 1–100 and never claims a next page without an end cursor', async () => {
      for (const c of CONNECTIONS) {
        for (const bad of ['0', '-1', '101']) {
          const res = await c.client().request(c.query(bad), vars(c.name));
          expect({ c: c.name, bad, ext: res.errors?.[0]?.extensions }).toEqual({ c: c.name, bad, ext: { code: 'BAD_USER_INPUT', field: 'first' } });
        }
        for (const first of [1, 2, 100]) {
          const res = await c.client().request(c.query('$first'), { ...vars(c.name), first });
          expect(res.errors).toBeUndefined();
          const top = Object.values(res.data!)[0] as Record<string, unknown>;
          const page = ('pageInfo' in top ? top : Object.values(top)[0]) as { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
          expect(page.nodes.length).toBeLessThanOrEqual(first);
          if (page.pageInfo.hasNextPage) expect(page.pageInfo.endCursor).toEqual(expect.any(String));
        }
        // Left out, the default page size applies.
        const omitted = await c.client().request(c.query('20').replace('(first: 20)', ''), vars(c.name));
        expect(omitted.errors).toBeUndefined();
      }
    });
  });

  describe('ids', () => {
    const malformed = ['not-an-id', '-'.repeat(36), '', '00000000-0000-0000-0000-00000000000g'];

    it('answers BAD_USER_INPUT naming the argument for malformed ids on mutations, NOT_FOUND for unknown well-formed ones', async () => {
      const cases: Array<[GqlClient, string, string]> = [
        [staff.client, `mutation($id: ID!) { archiveForum(id: $id) { id } }`, 'id'],
        [staff.client, `mutation($id: ID!) { unarchiveForum(id: $id) { id } }`, 'id'],
        [member.client, `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, 'postId'],
        [member.client, `mutation($id: ID!) { clearAcceptedAnswer(threadId: $id) { id } }`, 'threadId'],
        [member.client, `mutation($id: ID!) { deletePost(postId: $id) { id } }`, 'postId'],
        [member.client, `mutation($id: ID!) { voteHelpful(postId: $id) { id } }`, 'postId'],
        [member.client, `mutation($id: ID!) { withdrawHelpfulVote(postId: $id) { id } }`, 'postId'],
        [staff.client, `mutation($id: ID!) { updateForum(input: { id: $id, name: "Renamed" }) { id } }`, 'id'],
        [member.client, `mutation($id: ID!) { replyToThread(input: { threadId: $id, body: "x" }) { id } }`, 'threadId'],
        [member.client, `mutation($id: ID!) { editPost(input: { postId: $id, body: "x" }) { id } }`, 'postId'],
        [member.client, `mutation($id: ID!) { editThread(input: { threadId: $id, body: "x" }) { id } }`, 'threadId'],
        [moderator.client, `mutation($id: ID!) { moderateThread(input: { threadId: $id, action: LOCK, reason: "x" }) { id } }`, 'threadId'],
        [moderator.client, `mutation($id: ID!) { moderatePost(input: { postId: $id, action: HIDE, reason: "x" }) { id } }`, 'postId'],
        [admin.client, `mutation($id: ID!) { setUserRoles(input: { userId: $id, roles: [MEMBER] }) { id } }`, 'userId'],
        [admin.client, `mutation($id: ID!) { assignUserToOrganization(input: { userId: $id }) { id } }`, 'userId'],
        [admin.client, `mutation($id: ID!) { updateOrganization(input: { id: $id, name: "x" }) { id } }`, 'id'],
      ];
      for (const [client, mutation, field] of cases) {
        for (const id of malformed) {
          const res = await client.request(mutation, { id });
          expect({ mutation, id, ext: res.errors?.[0]?.extensions }).toEqual({ mutation, id, ext: { code: 'BAD_USER_INPUT', field } });
        }
        const unknown = await client.request(mutation, { id: randomUUID() });
        expect({ mutation, code: unknown.errors?.[0]?.extensions?.code }).toEqual({ mutation, code: 'NOT_FOUND' });
      }
      const reorder = await staff.client.request(`mutation($ids: [ID!]!) { reorderForums(ids: $ids) { id } }`, { ids: [forum.id, 'nope'] });
      expect(reorder.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
      const moved = await moderator.client.request(`mutation($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f, reason: "x" }) { id } }`, {
        t: thread.id,
        f: 'nope',
      });
      expect(moved.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'forumId' });
    });

    it('keeps queries by id answering NOT_FOUND, malformed or unknown', async () => {
      for (const id of [...malformed, randomUUID()]) {
        for (const q of [
          `query($id: ID!) { thread(id: $id) { id } }`,
          `query($id: ID!) { post(id: $id) { id } }`,
          `query($id: ID!) { user(id: $id) { id } }`,
        ]) {
          const res = await t.client().request(q, { id });
          expect({ q, id, code: res.errors?.[0]?.extensions?.code }).toEqual({ q, id, code: 'NOT_FOUND' });
        }
      }
    });
  });

  describe('forum input', () => {
    it('refuses blank, invisible and bidi-controlled names and over-long fields as BAD_USER_INPUT naming the field', async () => {
      const update = `mutation($input: UpdateForumInput!) { updateForum(input: $input) { id } }`;
      const create = `mutation($input: CreateForumInput!) { createForum(input: $input) { id } }`;
      const cases: Array<[string, Record<string, unknown>, string]> = [
        [update, { id: forum.id, name: '   ' }, 'name'],
        [update, { id: forum.id, name: ' a  ' }, 'name'],
        [update, { id: forum.id, name: '\u200b\u200b\u200b' }, 'name'],
        [update, { id: forum.id, name: 'Billing \u202eevil' }, 'name'],
        [update, { id: forum.id, name: 'x' + '\ufe0f'.repeat(80) }, 'name'],
        [update, { id: forum.id, description: 'a' + '\ufe0f'.repeat(1000) }, 'description'],
        [update, { id: forum.id, productArea: 'a' + '\ufe0f'.repeat(60) }, 'productArea'],
        [create, { name: '  ' }, 'name'],
        [create, { name: ' b ' }, 'name'],
        [create, { name: '\u3164\u3164' }, 'name'],
        [create, { name: 'Fine name', description: 'a' + '\ufe0f'.repeat(1000) }, 'description'],
      ];
      for (const [mutation, input, field] of cases) {
        const res = await staff.client.request(mutation, { input });
        expect({ input, ext: res.errors?.[0]?.extensions }).toEqual({ input, ext: { code: 'BAD_USER_INPUT', field } });
      }
      // 1,010 code points as sent, 510 once composed (NFC): stored composed, so it fits.
      await staff.client.ok(update, { input: { id: forum.id, description: 'e\u0301'.repeat(500) + 'x'.repeat(10) } });
      const [row] = await t.db.query(`SELECT char_length(description) AS n, description = normalize(description, NFC) AS nfc FROM forums WHERE id = $1`, [
        forum.id,
      ]);
      expect(row).toEqual({ n: 510, nfc: true });
    });

    it('refuses an organization name the table would refuse, naming `name`', async () => {
      for (const name of ['   ', '\u200b', 'a' + '\ufe0f'.repeat(120), 'Acme\u202e']) {
        const res = await admin.client.request(`mutation($name: String!) { createOrganization(input: { name: $name }) { id } }`, { name });
        expect({ name, ext: res.errors?.[0]?.extensions }).toEqual({ name, ext: { code: 'BAD_USER_INPUT', field: 'name' } });
      }
    });
  });

  describe('broken Unicode', () => {
    // Found by the sweep below: half a surrogate pair in an edit reached PostgreSQL's jsonb (the stored diff) as a 500.
    it('refuses half a surrogate pair as BAD_USER_INPUT naming the field, and changes nothing', async () => {
      const revisions = async () => (await t.db.query(`SELECT revision_count FROM posts WHERE id = $1`, [thread.openingPostId]))[0].revision_count;
      const before = await revisions();
      const edit = await member.client.error(`mutation($p: ID!, $b: String!) { editPost(input: { postId: $p, body: $b }) { id } }`, {
        p: thread.openingPostId,
        b: 'text \ud800 here',
      });
      expect(edit.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
      const create = await member.client.error(`mutation($f: ID!, $t: String!) { createThread(input: { forumId: $f, title: $t, body: "fine" }) { id } }`, {
        f: forum.id,
        t: 'A title \udc00 with half a pair',
      });
      expect(create.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(await revisions()).toBe(before);
    });
  });

  describe('garbage in every argument', () => {
    interface TypeRef {
      kind: string;
      name: string | null;
      ofType: TypeRef | null;
    }
    interface InputValue {
      name: string;
      type: TypeRef;
    }
    interface FullType {
      name: string;
      kind: string;
      inputFields: InputValue[] | null;
      enumValues: Array<{ name: string }> | null;
    }

    const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
    const isList = (type: TypeRef): boolean => type.kind === 'LIST' || (type.kind === 'NON_NULL' && isList(type.ofType!));
    const typeString = (type: TypeRef): string =>
      type.kind === 'NON_NULL' ? `${typeString(type.ofType!)}!` : type.kind === 'LIST' ? `[${typeString(type.ofType!)}]` : type.name!;

    const GARBAGE_STRINGS = [
      '',
      '   ',
      '\u200b'.repeat(12),
      '\u202etxet desrever',
      'x'.repeat(60_000),
      'a' + '\ufe0f'.repeat(2000),
      'e\u0301'.repeat(600),
      '\ud800',
      '-'.repeat(36),
      '\u0000',
      '1e300',
    ];
    const GARBAGE_INTS = [-1, 0, -2147483648, 2147483647];

    it('never answers INTERNAL_SERVER_ERROR, whatever one argument holds', async () => {
      const { __schema } = await t.client().ok(`{ __schema {
        queryType { name } mutationType { name }
        types { name kind enumValues { name } inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
          fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
      } }`);
      const types = new Map<string, FullType & { fields: Array<{ name: string; args: InputValue[] }> | null }>(
        __schema.types.map((ty: FullType) => [ty.name, ty]),
      );
      const org = await admin.client.ok(`mutation { createOrganization(input: { name: "Fuzz Org" }) { id } }`);
      const realIds: Record<string, string> = {
        forumId: forum.id,
        threadId: thread.id,
        postId: answer.id,
        userId: member.id,
        organizationId: org.createOrganization.id,
        accountManagerId: staff.id,
      };

      /** A plausible value for a type, so that the one garbage value is what the server has to judge. */
      const sample = (type: TypeRef, field: string, op: string): unknown => {
        const base = named(type);
        let value: unknown;
        if (base.kind === 'ENUM') value = types.get(base.name!)!.enumValues![0].name;
        else if (base.kind === 'INPUT_OBJECT') value = Object.fromEntries(types.get(base.name!)!.inputFields!.map((f) => [f.name, sample(f.type, f.name, op)]));
        else if (base.name === 'ID') value = realIds[field] ?? (/organization/i.test(op) ? realIds.organizationId : /forum/i.test(op) ? forum.id : thread.id);
        else if (base.name === 'Int') value = field === 'first' ? 5 : 1;
        else if (base.name === 'Boolean') value = false;
        else
          value =
            field === 'email'
              ? 'fuzz@example.test'
              : field.toLowerCase().includes('password')
                ? 'a long enough password'
                : field === 'slug'
                  ? 'fuzz-slug'
                  : 'A plausible piece of text';
        return isList(type) ? [value] : value;
      };

      /** Every (path, garbage) pair: one leaf replaced at a time. */
      function* variants(type: TypeRef, field: string, value: unknown, path: string[]): Generator<[string[], unknown]> {
        const base = named(type);
        if (base.kind === 'INPUT_OBJECT') {
          for (const f of types.get(base.name!)!.inputFields!) yield* variants(f.type, f.name, (value as Record<string, unknown>)[f.name], [...path, f.name]);
          return;
        }
        if (base.kind === 'ENUM' || base.name === 'Boolean') return;
        const scalars: unknown[] = base.name === 'Int' ? GARBAGE_INTS : GARBAGE_STRINGS;
        for (const g of scalars) yield [path, isList(type) ? [g] : g];
        if (isList(type)) {
          yield [path, []];
          yield [path, Array.from({ length: 2000 }, () => randomUUID())];
        }
        if (type.kind !== 'NON_NULL') yield [path, null];
      }

      const setPath = (root: Record<string, unknown>, path: string[], value: unknown) => {
        const copy = structuredClone(root);
        let node: Record<string, unknown> = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path[path.length - 1]] = value;
        return copy;
      };

      const skip = new Set(['signOut', 'signOutEverywhere', 'signIn', 'signUp', 'changePassword']);
      let sent = 0;
      for (const root of [__schema.mutationType.name, __schema.queryType.name]) {
        for (const field of types.get(root)!.fields!) {
          if (skip.has(field.name) || !field.args.length) continue;
          const keyword = root === __schema.mutationType.name ? 'mutation' : 'query';
          const selection = field.name === 'previewMarkdown' ? '' : ' { __typename }';
          const doc = `${keyword}(${field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ')}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
          const base = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type, a.name, field.name)]));
          for (const arg of field.args) {
            for (const [path, garbage] of variants(arg.type, arg.name, base[arg.name], [arg.name])) {
              const res = await admin.client.request(doc, setPath(base, path, garbage));
              sent++;
              expectNoInternalError(res, `${field.name} ${path.join('.')}=${JSON.stringify(garbage)?.slice(0, 40)}`);
            }
          }
        }
      }
      expect(sent).toBeGreaterThan(200);
    });
  });
});
