import { ReadCacheService } from '../../server/src/platform/read-cache/read-cache.service';
import { QueryCounter } from '../../server/src/platform/database/query-counter';
import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const THREAD = `query($id: ID!) { thread(id: $id) {
  id title tags status isSolved isLocked replyCount hasStaffAnswer firstStaffReplyAt helpfulCount
  acceptedAnswer { kind acceptedBy { id } post { id postNumber author { id badges } } }
  posts(first: 50) { totalCount nodes { id postNumber isAccepted helpfulCount author { id badges } } }
} }`;

describe('forums and threads', () => {
  let t: TestApp;
  // The people below act in many tests; no test changes them or counts what they did (tests that count use people of their own).
  let staff: TestUser;
  let moderator: TestUser;
  let asker: TestUser;
  let answerer: TestUser;
  let other: TestUser;
  // A place to post: no test changes it or counts its threads (tests about forums create their own).
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Sam Staff' });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    asker = await createUser(t, { displayName: 'Ann Asker' });
    answerer = await createUser(t, { roles: ['EXPERT'], displayName: 'Eve Expert' });
    other = await createUser(t);
    forum = await createForum(staff, { name: 'Lead routing', slug: 'lead-routing' });
  });
  afterAll(() => t.close());

  describe('forums', () => {
    it('lets staff create, edit, reorder and archive forums, and nobody else', async () => {
      const denied = await asker.client.error(`mutation { createForum(input: { name: "Nope" }) { id } }`);
      expect(denied.extensions?.code).toBe('FORBIDDEN');
      expect(denied.extensions?.reason).toBe('NOT_FORUM_MANAGER');
      const { createForum: created } = await staff.client.ok(
        `mutation { createForum(input: { name: "Billing" }) { id slug threadCount postCount isArchived lastActivityAt } }`,
      );
      expect(created).toEqual({ id: expect.any(String), slug: 'billing', threadCount: 0, postCount: 0, isArchived: false, lastActivityAt: null });
      const second = await createForum(staff, { name: 'Integrations' });
      expect(second.slug).toBe('integrations');
      const taken = await staff.client.error(`mutation { createForum(input: { name: "Other", slug: "integrations" }) { id } }`);
      expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
      expect(taken.extensions?.reason).toBe('FORUM_SLUG_TAKEN');
      const { reorderForums } = await staff.client.ok(`mutation($ids: [ID!]!) { reorderForums(ids: $ids) { slug position } }`, {
        ids: [second.id, created.id],
      });
      expect(reorderForums.slice(0, 2).map((f: { slug: string }) => f.slug)).toEqual(['integrations', 'billing']);
      await staff.client.ok(`mutation($id: ID!) { updateForum(input: { id: $id, description: "APIs and webhooks", productArea: "Platform" }) { id } }`, {
        id: second.id,
      });
      const { archiveForum } = await staff.client.ok(`mutation($id: ID!) { archiveForum(id: $id) { isArchived } }`, { id: second.id });
      expect(archiveForum).toEqual({ isArchived: true });
      const { forums } = await t.client().ok(`{ forums { slug } }`);
      expect(forums.map((f: { slug: string }) => f.slug)).toContain('billing');
      expect(forums.map((f: { slug: string }) => f.slug)).not.toContain('integrations');
      const archivedPost = await asker.client.error(
        `mutation($f: ID!) { createThread(input: { forumId: $f, title: "A long enough title", body: "x" }) { id } }`,
        { f: second.id },
      );
      expect(archivedPost.extensions?.code).toBe('FORBIDDEN');
      expect(archivedPost.extensions?.reason).toBe('FORUM_ARCHIVED');
      const { unarchiveForum } = await staff.client.ok(`mutation($id: ID!) { unarchiveForum(id: $id) { isArchived } }`, { id: second.id });
      expect(unarchiveForum).toEqual({ isArchived: false });
    });
  });

  describe('creating threads', () => {
    it('validates title, body and tags, naming the field, and saves nothing', async () => {
      const f = await createForum(staff);
      const q = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
      const short = await asker.client.error(q, { input: { forumId: f.id, title: 'Short', body: 'ok' } });
      expect(short.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      const long = await asker.client.error(q, { input: { forumId: f.id, title: 'x'.repeat(201), body: 'ok' } });
      expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      const empty = await asker.client.error(q, { input: { forumId: f.id, title: 'A long enough title', body: '   ' } });
      expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
      const huge = await asker.client.error(q, { input: { forumId: f.id, title: 'A long enough title', body: 'x'.repeat(50_001) } });
      expect(huge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
      const tags = await asker.client.error(q, { input: { forumId: f.id, title: 'A long enough title', body: 'ok', tags: ['a', 'b', 'c', 'd', 'e', 'f'] } });
      expect(tags.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags' });
      const anon = await t.client().error(q, { input: { forumId: f.id, title: 'A long enough title', body: 'ok' } });
      expect(anon.extensions?.code).toBe('UNAUTHENTICATED');
      const { n } = (await t.db.query(`SELECT count(*)::int AS n FROM threads WHERE forum_id = $1`, [f.id]))[0];
      expect(n).toBe(0);
    });

    it('normalises tags, renders Markdown and links @mentions', async () => {
      const thread = await createThread(asker, forum.id, {
        title: '  Routing   by state  ',
        body: `Hi @${answerer.handle}, see \`code\``,
        tags: ['Lead Routing', 'lead-routing', 'API'],
      });
      const { thread: got } = await t.client().ok(`query($id: ID!) { thread(id: $id) { title tags openingPost { bodyHtml postNumber } } }`, { id: thread.id });
      expect(got.title).toBe('Routing by state');
      expect(got.tags).toEqual(['lead-routing', 'api']);
      expect(got.openingPost.postNumber).toBe(1);
      expect(got.openingPost.bodyHtml).toBe(`<p>Hi <a href="/u/${answerer.handle}" class="mention">@${answerer.handle}</a>, see <code>code</code></p>\n`);
      const mentions = await t.db.query(`SELECT user_id FROM post_mentions WHERE post_id = $1`, [thread.openingPostId]);
      expect(mentions).toEqual([{ user_id: answerer.id }]);
    });
  });

  describe('accepted answers', () => {
    const ACCEPT = `mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`;

    /** A question by the asker with a reply by an expert (post 2) and one by staff (post 3), all of this test's own. */
    async function answeredQuestion(by: { expert: TestUser; staff: TestUser } = { expert: answerer, staff }) {
      const thread = await createThread(asker, forum.id);
      const answer = await reply(by.expert, thread.id, 'Add a **filter** step.');
      const second = await reply(by.staff, thread.id, 'Or use a rule in the flow.');
      return { threadId: thread.id, openingId: thread.openingPostId, answer, second };
    }

    it('lets the asker accept a reply: the thread is SOLVED and the answer comes with its badges', async () => {
      const { threadId, answer } = await answeredQuestion();
      const { acceptAnswer } = await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { status isSolved acceptedAnswer { kind post { id } } } }`, {
        p: answer.id,
      });
      expect(acceptAnswer).toEqual({ status: 'SOLVED', isSolved: true, acceptedAnswer: { kind: 'ASKER', post: { id: answer.id } } });
      const { thread } = await t.client().ok(THREAD, { id: threadId });
      expect(thread.acceptedAnswer.post.author.badges).toEqual(['EXPERT']);
      const { thread: withSnippet } = await t.client().ok(`query($id: ID!) { thread(id: $id) { acceptedAnswerSnippet } }`, { id: threadId });
      expect(withSnippet.acceptedAnswerSnippet).toBe('Add a filter step.');
      const { post } = await t.client().ok(`query($id: ID!) { post(id: $id) { postNumber thread { id } } }`, { id: answer.id });
      expect(post).toEqual({ postNumber: 2, thread: { id: threadId } });
      expect(thread.acceptedAnswer.acceptedBy.id).toBe(asker.id);
      expect(thread.posts.nodes.find((p: { id: string }) => p.id === answer.id).isAccepted).toBe(true);
      expect(thread.hasStaffAnswer).toBe(true);
      expect(thread.firstStaffReplyAt).not.toBeNull();
    });

    it('refuses plain members who did not ask, and leaves the accepted answer alone', async () => {
      const { threadId, answer, second } = await answeredQuestion();
      await asker.client.ok(ACCEPT, { p: answer.id });
      const err = await other.client.error(ACCEPT, { p: second.id });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.extensions?.reason).toBe('NOT_ENTITLED_TO_ACCEPT');
      const expert = await answerer.client.error(`mutation($t: ID!) { clearAcceptedAnswer(threadId: $t) { id } }`, { t: threadId });
      expect(expert.extensions?.code).toBe('FORBIDDEN');
      const { thread } = await t.client().ok(THREAD, { id: threadId });
      expect(thread.acceptedAnswer).toMatchObject({ kind: 'ASKER', post: { id: answer.id } });
    });

    it('never accepts the opening post', async () => {
      const { threadId, openingId } = await answeredQuestion();
      const err = await asker.client.error(ACCEPT, { p: openingId });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });
      expect((await t.client().ok(THREAD, { id: threadId })).thread.acceptedAnswer).toBeNull();
    });

    it("lets staff change it (verified by staff) and keeps the answerers' accepted counts exact", async () => {
      // People of this test's own: nobody else's accepted answers reach their counts.
      const expert = await createUser(t, { roles: ['EXPERT'] });
      const verifier = await createUser(t, { roles: ['STAFF'] });
      const { threadId, answer, second } = await answeredQuestion({ expert, staff: verifier });
      const COUNTS = `query($a: ID!, $s: ID!) { a: user(id: $a) { acceptedAnswerCount } s: user(id: $s) { acceptedAnswerCount } }`;
      await asker.client.ok(ACCEPT, { p: answer.id });
      expect(await t.client().ok(COUNTS, { a: expert.id, s: verifier.id })).toEqual({ a: { acceptedAnswerCount: 1 }, s: { acceptedAnswerCount: 0 } });
      const { acceptAnswer } = await verifier.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { acceptedAnswer { kind post { id } } } }`, {
        p: second.id,
      });
      expect(acceptAnswer.acceptedAnswer).toEqual({ kind: 'STAFF', post: { id: second.id } });
      expect(await t.client().ok(COUNTS, { a: expert.id, s: verifier.id })).toEqual({ a: { acceptedAnswerCount: 0 }, s: { acceptedAnswerCount: 1 } });
      await asker.client.ok(`mutation($t: ID!) { clearAcceptedAnswer(threadId: $t) { status } }`, { t: threadId });
      const { thread } = await t.client().ok(THREAD, { id: threadId });
      expect(thread.status).toBe('OPEN');
      expect(thread.acceptedAnswer).toBeNull();
      expect(await t.client().ok(COUNTS, { a: expert.id, s: verifier.id })).toEqual({ a: { acceptedAnswerCount: 0 }, s: { acceptedAnswerCount: 0 } });
    });

    it('never accepts a hidden post, and hiding the accepted post clears it', async () => {
      const { threadId } = await answeredQuestion();
      const doomed = await reply(other, threadId, 'Spam spam spam');
      await asker.client.ok(ACCEPT, { p: doomed.id });
      const { moderatePost } = await moderator.client.ok(
        `mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "spam" }) { isHidden thread { acceptedAnswer { kind } } } }`,
        { p: doomed.id },
      );
      expect(moderatePost).toEqual({ isHidden: true, thread: { acceptedAnswer: null } });
      expect((await t.client().ok(THREAD, { id: threadId })).thread.acceptedAnswer).toBeNull();
      expect((await t.client().error(`query($id: ID!) { post(id: $id) { id } }`, { id: doomed.id })).extensions?.code).toBe('NOT_FOUND');
      const log = await moderator.client.ok(`query($id: ID!) { thread(id: $id) { moderationLog { action reason } } }`, { id: threadId });
      expect(log.thread.moderationLog).toEqual([{ action: 'HIDE_POST', reason: 'spam' }]);
      const err = await moderator.client.error(ACCEPT, { p: doomed.id });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });
    });

    it('can never hold two accepted answers, even when accepts race (a database constraint)', async () => {
      const { threadId } = await answeredQuestion();
      const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => reply(answerer, threadId, `Answer ${i}`)));
      const results = await Promise.all(replies.map((r, i) => (i % 2 ? staff : asker).client.request(ACCEPT, { p: r.id })));
      expect(results.every((r) => !r.errors)).toBe(true);
      const rows = await t.db.query(`SELECT post_id FROM accepted_answers WHERE thread_id = $1`, [threadId]);
      expect(rows).toHaveLength(1);
      expect(replies.map((r) => r.id)).toContain(rows[0].post_id);
      // The constraints themselves, without the service's locking, with a reply that is not the accepted one:
      const notAccepted = replies.find((r) => r.id !== rows[0].post_id)!;
      // a second accepted answer for the thread...
      await expect(
        t.db.query(`INSERT INTO accepted_answers (thread_id, post_id, accepted_by_id, kind) VALUES ($1, $2, $3, 'ASKER')`, [
          threadId,
          notAccepted.id,
          asker.id,
        ]),
      ).rejects.toMatchObject({ code: '23505', constraint: 'accepted_answers_pkey' });
      // ...and a reply accepted as the answer of another thread.
      const otherThread = await createThread(asker, forum.id);
      await expect(
        t.db.query(`INSERT INTO accepted_answers (thread_id, post_id, accepted_by_id, kind) VALUES ($1, $2, $3, 'ASKER')`, [
          otherThread.id,
          notAccepted.id,
          asker.id,
        ]),
      ).rejects.toMatchObject({ code: '23503', constraint: 'accepted_answers_post_id_thread_id_fkey' });
    });
  });

  describe('replies, locks and votes', () => {
    it('answers FORBIDDEN to a reply on a locked thread, but lets moderators reply', async () => {
      const thread = await createThread(asker, forum.id);
      const noReason = await moderator.client.error(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: LOCK, reason: " " }) { id } }`, {
        t: thread.id,
      });
      expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const notMod = await asker.client.error(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: LOCK, reason: "done" }) { id } }`, {
        t: thread.id,
      });
      expect(notMod.extensions?.code).toBe('FORBIDDEN');
      expect(notMod.extensions?.reason).toBe('NOT_MODERATOR');
      const { moderateThread } = await moderator.client.ok(
        `mutation($t: ID!) { moderateThread(input: { threadId: $t, action: LOCK, reason: "resolved elsewhere" }) { status isLocked } }`,
        { t: thread.id },
      );
      expect(moderateThread).toEqual({ status: 'LOCKED', isLocked: true });
      const err = await answerer.client.error(`mutation($t: ID!) { replyToThread(input: { threadId: $t, body: "late" }) { id } }`, { t: thread.id });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.extensions?.reason).toBe('THREAD_LOCKED');
      await reply(moderator, thread.id, 'Locking this, see the docs.');
      const { thread: got } = await moderator.client.ok(`query($id: ID!) { thread(id: $id) { moderationLog { action reason actor { id } } } }`, {
        id: thread.id,
      });
      expect(got.moderationLog).toEqual([{ action: 'LOCK_THREAD', reason: 'resolved elsewhere', actor: { id: moderator.id } }]);
    });

    it("refuses votes on one's own post, keeps repeated votes idempotent, and lets votes be withdrawn", async () => {
      const thread = await createThread(asker, forum.id);
      const r = await reply(answerer, thread.id);
      const own = await answerer.client.error(`mutation($p: ID!) { voteHelpful(postId: $p) { id } }`, { p: r.id });
      expect(own.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });
      for (let i = 0; i < 2; i++) {
        const { voteHelpful } = await asker.client.ok(`mutation($p: ID!) { voteHelpful(postId: $p) { helpfulCount viewerHasVoted thread { helpfulCount } } }`, {
          p: r.id,
        });
        expect(voteHelpful).toEqual({ helpfulCount: 1, viewerHasVoted: true, thread: { helpfulCount: 1 } });
      }
      await other.client.ok(`mutation($p: ID!) { voteHelpful(postId: $p) { id } }`, { p: r.id });
      expect((await t.client().ok(`query($id: ID!) { thread(id: $id) { helpfulCount } }`, { id: thread.id })).thread.helpfulCount).toBe(2);
      const { withdrawHelpfulVote } = await asker.client.ok(`mutation($p: ID!) { withdrawHelpfulVote(postId: $p) { helpfulCount viewerHasVoted } }`, {
        p: r.id,
      });
      expect(withdrawHelpfulVote).toEqual({ helpfulCount: 1, viewerHasVoted: false });
      const anon = await t.client().error(`mutation($p: ID!) { voteHelpful(postId: $p) { id } }`, { p: r.id });
      expect(anon.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for unknown and hidden threads, except to moderators and the author (plain staff included)', async () => {
      expect((await t.client().error(`{ thread(id: "00000000-0000-0000-0000-000000000000") { id } }`)).extensions?.code).toBe('NOT_FOUND');
      expect((await t.client().error(`{ thread(id: "not-a-uuid") { id } }`)).extensions?.code).toBe('NOT_FOUND');
      // Shaped like a UUID but not one: still NOT_FOUND, never a failed uuid cast in PostgreSQL.
      const dashes = '-'.repeat(36);
      for (const q of [`{ thread(id: "${dashes}") { id } }`, `{ post(id: "${dashes}") { id } }`, `{ user(id: "${dashes}") { id } }`]) {
        expect((await t.client().error(q)).extensions?.code).toBe('NOT_FOUND');
      }
      // Mutations name a malformed id argument (BAD_USER_INPUT on postId); queries by id above stay NOT_FOUND.
      expect((await asker.client.error(`mutation { acceptAnswer(postId: "${dashes}") { id } }`)).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'postId',
      });
      expect((await asker.client.error(`mutation { acceptAnswer(postId: "00000000-0000-0000-0000-000000000000") { id } }`)).extensions?.code).toBe('NOT_FOUND');
      const thread = await createThread(asker, forum.id);
      await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: HIDE, reason: "off topic" }) { isHidden } }`, {
        t: thread.id,
      });
      const REPLY = `mutation($t: ID!) { replyToThread(input: { threadId: $t, body: "x" }) { id } }`;
      for (const c of [t.client(), other.client, staff.client]) {
        expect((await c.error(`query($id: ID!) { thread(id: $id) { id } }`, { id: thread.id })).extensions?.code).toBe('NOT_FOUND');
      }
      // Its author still sees it, marked hidden, with the reason (issue 11), but cannot add to it.
      expect((await asker.client.ok(`query($id: ID!) { thread(id: $id) { isHidden hiddenReason } }`, { id: thread.id })).thread).toEqual({
        isHidden: true,
        hiddenReason: 'off topic',
      });
      expect((await asker.client.error(REPLY, { t: thread.id })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'THREAD_HIDDEN' });
      // Signing in comes first: a signed-out reply is refused before the thread is looked up.
      expect((await t.client().error(REPLY, { t: thread.id })).extensions?.code).toBe('UNAUTHENTICATED');
      for (const c of [other.client, staff.client]) {
        expect((await c.error(REPLY, { t: thread.id })).extensions?.code).toBe('NOT_FOUND');
      }
      expect((await moderator.client.ok(`query($id: ID!) { thread(id: $id) { isHidden } }`, { id: thread.id })).thread.isHidden).toBe(true);
      await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: RESTORE, reason: "appeal" }) { isHidden } }`, {
        t: thread.id,
      });
      await asker.client.ok(`query($id: ID!) { thread(id: $id) { id } }`, { id: thread.id });
    });
  });

  describe('editing', () => {
    it('keeps a revision history readers can open, and only authors and moderators edit', async () => {
      const thread = await createThread(asker, forum.id, { body: 'line one\nline two' });
      await asker.client.ok(
        `mutation($t: ID!) { editThread(input: { threadId: $t, title: "Routing leads by US state", body: "line one\\nline 2", reason: "typo" }) { id } }`,
        { t: thread.id },
      );
      const forbidden = await other.client.error(`mutation($p: ID!) { editPost(input: { postId: $p, body: "hijack" }) { id } }`, { p: thread.openingPostId });
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');
      expect(forbidden.extensions?.reason).toBe('NOT_YOUR_POST');
      const { thread: got } = await t
        .client()
        .ok(
          `query($id: ID!) { thread(id: $id) { title openingPost { editedAt revisionCount revisions { revision reason changes title editor { id } bodyDiff { value added removed } } } } }`,
          { id: thread.id },
        );
      expect(got.title).toBe('Routing leads by US state');
      expect(got.openingPost.revisionCount).toBe(2);
      expect(got.openingPost.editedAt).not.toBeNull();
      const [first, second] = got.openingPost.revisions;
      expect(first).toMatchObject({ revision: 1, changes: ['created'], editor: { id: asker.id } });
      expect(second).toMatchObject({ revision: 2, reason: 'typo', changes: ['title', 'body'], title: 'Routing leads by US state' });
      expect(second.bodyDiff.filter((d: { removed: boolean }) => d.removed).map((d: { value: string }) => d.value.trim())).toEqual(['line two']);
      expect(second.bodyDiff.filter((d: { added: boolean }) => d.added).map((d: { value: string }) => d.value.trim())).toEqual(['line 2']);
    });

    it('lets authors delete their own replies, and the counts follow', async () => {
      const thread = await createThread(asker, forum.id);
      const mine = await reply(other, thread.id);
      await reply(answerer, thread.id);
      const notMine = await answerer.client.error(`mutation($p: ID!) { deletePost(postId: $p) { id } }`, { p: mine.id });
      expect(notMine.extensions?.code).toBe('FORBIDDEN');
      await other.client.ok(`mutation($p: ID!) { deletePost(postId: $p) { isHidden } }`, { p: mine.id });
      const { thread: got } = await t.client().ok(`query($id: ID!) { thread(id: $id) { replyCount posts { nodes { id } } } }`, { id: thread.id });
      expect(got.replyCount).toBe(1);
      expect(got.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(mine.id);
    });
  });

  describe('moving', () => {
    it("moves a thread between forums with both forums' counters exact and an audit entry", async () => {
      const from = await createForum(staff);
      const to = await createForum(staff);
      const thread = await createThread(asker, from.id);
      await reply(answerer, thread.id);
      await moderator.client.ok(`mutation($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f, reason: "better fit" }) { forum { id } } }`, {
        t: thread.id,
        f: to.id,
      });
      const { forums } = await t.client().ok(`{ forums { id threadCount postCount } }`);
      const byId = Object.fromEntries(forums.map((f: { id: string }) => [f.id, f]));
      expect(byId[from.id]).toMatchObject({ threadCount: 0, postCount: 0 });
      expect(byId[to.id]).toMatchObject({ threadCount: 1, postCount: 2 });
      const { moderationLog } = await moderator.client.ok(`{ moderationLog(first: 5) { nodes { action reason details } } }`);
      expect(moderationLog.nodes[0]).toMatchObject({ action: 'MOVE_THREAD', reason: 'better fit' });
      expect(JSON.parse(moderationLog.nodes[0].details)).toEqual({ fromForumId: from.id, toForumId: to.id });
      expect((await asker.client.error(`{ moderationLog { nodes { id } } }`)).extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('counters under concurrency', () => {
    it('keeps every counter exact when 50 replies land at once', async () => {
      const f = await createForum(staff);
      const thread = await createThread(asker, f.id);
      const authors = [answerer, other, staff, moderator];
      const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => reply(authors[i % authors.length], thread.id, `Reply number ${i}`)));
      expect(new Set(replies.map((r) => r.postNumber)).size).toBe(50);
      expect(replies.map((r) => r.postNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
      const [row] = await t.db.query(
        `SELECT t.reply_count, t.last_post_number, t.last_poster_id, t.last_activity_at,
                (SELECT max(created_at) FROM posts WHERE thread_id = t.id) AS newest,
                (SELECT author_id FROM posts WHERE thread_id = t.id ORDER BY created_at DESC, post_number DESC LIMIT 1) AS newest_author,
                f.thread_count, f.post_count, f.last_activity_at AS forum_activity
           FROM threads t JOIN forums f ON f.id = t.forum_id WHERE t.id = $1`,
        [thread.id],
      );
      expect(row.reply_count).toBe(50);
      expect(row.last_post_number).toBe(51);
      expect(row.thread_count).toBe(1);
      expect(row.post_count).toBe(51);
      expect(row.last_activity_at.getTime()).toBe(row.newest.getTime());
      expect(row.forum_activity.getTime()).toBe(row.newest.getTime());
      expect(row.last_poster_id).toBe(row.newest_author);
    });
  });

  describe('lists', () => {
    it("sorts, filters and paginates a forum's threads", async () => {
      const f = await createForum(staff);
      const a = await createThread(asker, f.id, { title: 'Alpha question here', tags: ['api'] });
      const b = await createThread(asker, f.id, { title: 'Bravo question here' });
      await createThread(asker, f.id, { title: 'Charlie question here', tags: ['api'] });
      const r = await reply(staff, a.id);
      await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: r.id });
      await other.client.ok(`mutation($p: ID!) { voteHelpful(postId: $p) { id } }`, { p: r.id });
      await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: PIN, reason: "FAQ" }) { id } }`, { t: b.id });
      const list = async (args: string) =>
        (
          await t
            .client()
            .ok(
              `query($slug: String!) { forum(slug: $slug) { threads(${args}) { nodes { title acceptedAnswerSnippet } pageInfo { hasNextPage endCursor } } } }`,
              { slug: f.slug },
            )
        ).forum.threads;
      const titles = (l: { nodes: Array<{ title: string }> }) => l.nodes.map((n) => n.title.split(' ')[0]);
      expect(titles(await list('first: 10'))).toEqual(['Bravo', 'Alpha', 'Charlie']);
      expect(titles(await list('sort: NEWEST'))).toEqual(['Charlie', 'Bravo', 'Alpha']);
      expect(titles(await list('sort: MOST_HELPFUL'))).toEqual(['Alpha', 'Charlie', 'Bravo']);
      expect(titles(await list('sort: UNANSWERED'))).toEqual(['Charlie', 'Bravo']);
      expect(titles(await list('filter: { solved: true }'))).toEqual(['Alpha']);
      expect((await list('filter: { solved: true }')).nodes[0].acceptedAnswerSnippet).toBe('Use a filter step on the state field.');
      expect(titles(await list('filter: { solved: false }'))).toEqual(['Bravo', 'Charlie']);
      expect(titles(await list('filter: { hasStaffAnswer: true }'))).toEqual(['Alpha']);
      expect(titles(await list('filter: { tag: "API" }'))).toEqual(['Alpha', 'Charlie']);
      const page1 = await list('sort: NEWEST, first: 2');
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = await list(`sort: NEWEST, first: 2, after: "${page1.pageInfo.endCursor}"`);
      expect(titles(page2)).toEqual(['Alpha']);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const bad = await t.client().error(`query($slug: String!) { forum(slug: $slug) { threads(after: "@@@") { nodes { id } } } }`, { slug: f.slug });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
      // Forged cursors of the right length but wrong types are bad input too, never a database error.
      const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
      for (const [field, cursor] of [
        ['threads', forged(['x', 'not a time', 'nope'])],
        ['threads', forged([1, '2026-01-01 00:00:00+00', "'; DROP TABLE threads; --"])],
        ['threads', forged([{}, [], null])],
      ]) {
        const err = await t
          .client()
          .error(`query($slug: String!, $after: String) { forum(slug: $slug) { ${field}(after: $after) { nodes { id } } } }`, { slug: f.slug, after: cursor });
        expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const postsCursor = await t
        .client()
        .error(`query($id: ID!, $after: String) { thread(id: $id) { posts(after: $after) { nodes { id } } } }`, { id: a.id, after: forged(['1; select']) });
      expect(postsCursor.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      const logCursor = await moderator.client.error(`query($after: String) { moderationLog(after: $after) { nodes { id } } }`, {
        after: forged(['yesterday', 'x']),
      });
      expect(logCursor.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('profiles', () => {
    it('shows badges, post count, accepted-answer count and recent activity', async () => {
      const u = await createUser(t, { roles: ['EXPERT', 'MODERATOR'] });
      const thread = await createThread(asker, forum.id);
      const r = await reply(u, thread.id, 'My reply');
      await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: r.id });
      const { user } = await t
        .client()
        .ok(`query($h: String!) { user(handle: $h) { badges postCount acceptedAnswerCount recentPosts { id thread { title } } } }`, { h: u.handle });
      expect(user).toMatchObject({ badges: ['MODERATOR', 'EXPERT'], postCount: 1, acceptedAnswerCount: 1 });
      expect(user.recentPosts).toEqual([{ id: r.id, thread: { title: 'How do I route leads by state?' } }]);
      // Both counts, for several users, come from one batched statement (beside the read cache's content version,
      // read once for a signed-out request).
      const counter = t.app.get(QueryCounter);
      counter.reset();
      const both = await t
        .client()
        .ok(`query($a: ID!, $b: ID!) { a: user(id: $a) { postCount acceptedAnswerCount } b: user(id: $b) { postCount acceptedAnswerCount } }`, {
          a: u.id,
          b: asker.id,
        });
      expect(both.a).toEqual({ postCount: 1, acceptedAnswerCount: 1 });
      expect(counter.count).toBe(3);
    });
  });

  describe('efficiency', () => {
    it('serves the thread page in a bounded number of SQL queries, whatever its size', async () => {
      const counter = t.app.get(QueryCounter);
      const PAGE = `query($id: ID!, $n: Int!) { thread(id: $id) {
        id title tags status replyCount hasStaffAnswer viewerCanReply viewerCanAccept viewerCanEdit
        forum { id name slug } author { id displayName badges } lastPoster { id }
        openingPost { id bodyHtml helpfulCount viewerHasVoted viewerCanEdit author { id displayName badges } }
        acceptedAnswer { kind acceptedAt acceptedBy { id displayName } post { id bodyHtml author { id displayName badges } } }
        posts(first: $n) { totalCount pageInfo { hasNextPage endCursor } nodes {
          id postNumber bodyHtml helpfulCount createdAt editedAt isAccepted viewerHasVoted viewerCanVote viewerCanEdit viewerCanDelete
          author { id displayName handle badges } replyTo { id postNumber author { id displayName } }
        } }
      } }`;
      // Cold: the content version moves first, so no row is shared from an earlier request (shared-rows.ts).
      const measure = async (threadId: string, n: number, cold = true) => {
        if (cold) await t.app.get(ReadCacheService).contentChangedOutside();
        counter.reset();
        await other.client.ok(PAGE, { id: threadId, n });
        return counter.count;
      };
      const small = await createThread(asker, forum.id);
      const big = await createThread(asker, forum.id);
      const people = [answerer, staff, moderator, other, await createUser(t), await createUser(t, { roles: ['EXPERT'] })];
      for (const [threadId, count] of [
        [small.id, 2],
        [big.id, 40],
      ] as const) {
        let last: { id: string } | undefined;
        for (let i = 0; i < count; i++) {
          const author = people[i % people.length];
          const { replyToThread } = await author.client.ok(`mutation($input: ReplyInput!) { replyToThread(input: $input) { id } }`, {
            input: { threadId, body: `Reply ${i}`, replyToPostId: last?.id ?? null },
          });
          last = replyToThread;
          if (i % 3 === 0) await asker.client.ok(`mutation($p: ID!) { voteHelpful(postId: $p) { id } }`, { p: replyToThread.id });
        }
        await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: last!.id });
      }
      // The search worker's outbox deletes are writes too: once drained, nothing moves the content version unasked.
      await waitForSearchSync(t);
      const smallCount = await measure(small.id, 20);
      const bigCount = await measure(big.id, 20);
      const biggerPage = await measure(big.id, 40);
      // Warm: the thread, posts, authors and forum are shared; only the viewer's own rows are read again.
      const cache = t.app.get(ReadCacheService);
      const version = await cache.version();
      const warm = await measure(big.id, 40, false);
      expect(await cache.version()).toBe(version);
      console.log(`thread page SQL queries: 2 replies → ${smallCount}, 20 of 40 → ${bigCount}, 40 of 40 → ${biggerPage}, again → ${warm}`);
      expect(bigCount).toBeLessThanOrEqual(14);
      expect(smallCount).toBe(bigCount);
      expect(biggerPage).toBe(bigCount);
      expect(warm).toBeLessThanOrEqual(6);
    });
  });
});
