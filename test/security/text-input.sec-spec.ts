import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Issue 6 §5: tags of 31–100 characters were silently cut to 30; titles and bodies of zero-width characters were
 * accepted; right-to-left overrides were accepted in titles and display names; a display name could copy a staff
 * member's exactly.
 */

const ZWSP = '\u200b';
const RLO = '\u202e';
const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id title tags } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { displayName } } }`;
const RENAME = `mutation($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }`;

describe('text input', () => {
  let t: TestApp;
  let staff: TestUser;
  let member: TestUser;
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    // Sign-ups are rate-limited per client; this file signs up a handful of people on purpose.
    // Posting limits have their own suite (posting-limits.sec-spec.ts); this one posts a lot, fast.
    t = await startTestApp({ ...UNLIMITED_POSTING, AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Maya Patel' });
    await createUser(t, { roles: ['MODERATOR'], displayName: 'Diego Ramos' });
    await createUser(t, { roles: ['ADMIN'], displayName: 'Ivy Admin' });
    member = await createUser(t, { displayName: 'Sam Member' });
    forum = await createForum(staff);
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown>) => ({ forumId: forum.id, title: 'A perfectly fine title', body: 'A body.', tags: [], ...over });

  describe('tags', () => {
    it('refuses tags of 31 to 100 characters as BAD_USER_INPUT on tags, and stores none of them cut', async () => {
      for (const length of [31, 40, 100]) {
        const err = await member.client.error(CREATE, { input: input({ tags: ['api', 'x'.repeat(length)] }) });
        expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
        expect(err.message).toBe('Tags must be at most 30 characters');
      }
      const longer = await member.client.error(CREATE, { input: input({ tags: ['y'.repeat(150)] }) });
      expect(longer.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
      const { createThread } = await member.client.ok(CREATE, { input: input({ tags: ['z'.repeat(30), 'Lead Routing'] }) });
      expect(createThread.tags).toEqual(['z'.repeat(30), 'lead-routing']);
      const edited = await member.client.error(`mutation($t: ID!) { editThread(input: { threadId: $t, tags: ["${'w'.repeat(31)}"] }) { id } }`, {
        t: createThread.id,
      });
      expect(edited.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM threads WHERE EXISTS (SELECT 1 FROM unnest(tags) tag WHERE char_length(tag) > 30 OR tag LIKE 'xxxxx%')`,
      );
      expect(n).toBe(0);
    });

    it('refuses a tag that normalising would erase, instead of dropping it silently', async () => {
      const err = await member.client.error(CREATE, { input: input({ tags: ['日本語'] }) });
      expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
    });
  });

  describe('titles and bodies', () => {
    it('refuses titles and bodies made only of invisible characters', async () => {
      const invisible = [ZWSP.repeat(20), '\u2060\ufeff\u00ad'.repeat(5), '\u3164'.repeat(10), `${ZWSP} ${ZWSP}\u200c`.repeat(5), '\u0301'.repeat(10)];
      for (const text of invisible) {
        expect((await member.client.error(CREATE, { input: input({ title: text }) })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
        expect((await member.client.error(CREATE, { input: input({ body: text }) })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
      }
      // Zero-width padding does not make a short title long enough.
      expect((await member.client.error(CREATE, { input: input({ title: `Help${ZWSP.repeat(10)}` }) })).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'title',
      });
      const thread = await createThread(member, forum.id);
      const replyErr = await member.client.error(`mutation($t: ID!, $b: String!) { replyToThread(input: { threadId: $t, body: $b }) { id } }`, {
        t: thread.id,
        b: ZWSP.repeat(3),
      });
      expect(replyErr.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
      const r = await reply(member, thread.id);
      const editErr = await member.client.error(`mutation($p: ID!, $b: String!) { editPost(input: { postId: $p, body: $b }) { id } }`, {
        p: r.id,
        b: '\u2060',
      });
      expect(editErr.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    });

    it('refuses text-direction controls in titles, and keeps direction marks in bodies', async () => {
      for (const c of ['\u202e', '\u202d', '\u2066', '\u2067', '\u200f', '\u061c']) {
        const err = await member.client.error(CREATE, { input: input({ title: `Invoice ${c}fdp.exe question` }) });
        expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
      }
      const thread = await createThread(member, forum.id);
      const renamed = await member.client.error(`mutation($t: ID!) { editThread(input: { threadId: $t, title: "Fine ${RLO}title here" }) { id } }`, {
        t: thread.id,
      });
      expect(renamed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
      const { createThread: rtl } = await member.client.ok(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { openingPost { bodySource } } }`,
        {
          input: input({ body: 'مرحبا \u200fworld' }),
        },
      );
      expect(rtl.openingPost.bodySource).toBe('مرحبا \u200fworld');
    });

    it('stores titles and bodies in NFC, with zero-width characters out of titles', async () => {
      const { createThread } = await member.client.ok(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { title openingPost { bodySource } } }`,
        {
          input: input({ title: `Cafe\u0301 routing${ZWSP} question`, body: 'Cafe\u0301 au lait' }),
        },
      );
      expect(createThread.title).toBe('Café routing question');
      expect(createThread.openingPost.bodySource).toBe('Café au lait');
    });
  });

  describe('display names', () => {
    let n = 0;
    const signUp = (displayName: string) =>
      t.client().request(SIGN_UP, { input: { email: `person${++n}@example.test`, displayName, password: 'a long enough password' } });

    it('refuses invisible names and text-direction controls, on sign-up and on rename', async () => {
      for (const name of [ZWSP.repeat(3), '\u3164', '\u2800', `Tom${RLO}moT`, `\u2067Tom`]) {
        expect((await signUp(name)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
        expect((await member.client.error(RENAME, { name })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
      }
      const { updateProfile } = await member.client.ok(RENAME, { name: `  Zoe\u0308${ZWSP} Lin ` });
      expect(updateProfile.displayName).toBe('Zoë Lin');
    });

    it('refuses a member name that could pass for a staff member, moderator or admin', async () => {
      const copies = [
        'Maya Patel',
        'maya patel',
        'MAYA  PATEL',
        'Maya.Patel',
        'Мауа Раtеl',
        `Maya${ZWSP} Patel`,
        'Diego Ramos',
        'Dіego Rarnos',
        'Ivy Admin',
        'lvy Admin',
        'Ｉｖｙ Ａｄｍｉｎ',
      ];
      for (const name of copies) {
        const res = await signUp(name);
        expect({ name, ext: res.errors?.[0]?.extensions }).toEqual({ name, ext: { code: 'BAD_USER_INPUT', field: 'displayName' } });
        const rename = await member.client.request(RENAME, { name });
        expect({ name, ext: rename.errors?.[0]?.extensions }).toEqual({ name, ext: { code: 'BAD_USER_INPUT', field: 'displayName' } });
      }
      expect((await signUp('Maya P.')).errors).toBeUndefined();
      expect((await member.client.request(RENAME, { name: 'Diego R.' })).errors).toBeUndefined();
    });

    // Found by trying the product as a member: "Diego Ramos (Staff)" was accepted.
    it('refuses a member name that wraps a staff name, or carries a word only staff may', async () => {
      for (const name of ['Diego Ramos (Staff)', 'Diego Ramos 2', 'The real Maya Patel', 'Sam (Staff)', 'Admin Sam', 'Sam the Moderator']) {
        const rename = await member.client.request(RENAME, { name });
        expect({ name, ext: rename.errors?.[0]?.extensions }).toEqual({ name, ext: { code: 'BAD_USER_INPUT', field: 'displayName' } });
      }
      expect((await member.client.request(RENAME, { name: 'Samantha Staffordshire' })).errors).toBeUndefined();
    });

    it('lets staff keep and change their own names', async () => {
      const { updateProfile } = await staff.client.ok(RENAME, { name: 'Maya Patel (Support)' });
      expect(updateProfile.displayName).toBe('Maya Patel (Support)');
      // The old name is free again; the new one is protected.
      expect((await signUp('Maya Patel')).errors).toBeUndefined();
      expect((await signUp('maya patel support')).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
    });
  });
});
