import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import type { GqlClient } from '../support/gql-client';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Issue 6 §5, "Rules that do not hold yet": archived forums that still took replies and edits, locked threads whose
 * authors could still delete replies and change the accepted answer, and hidden content that every staff member
 * could read while the schema said moderators.
 */

const REPLY = `mutation($t: ID!) { replyToThread(input: { threadId: $t, body: "Still here?" }) { id } }`;
const EDIT_POST = `mutation($p: ID!) { editPost(input: { postId: $p, body: "Edited after the fact" }) { id } }`;
const EDIT_THREAD = `mutation($t: ID!) { editThread(input: { threadId: $t, title: "A brand new title here" }) { id } }`;
const DELETE = `mutation($p: ID!) { deletePost(postId: $p) { id } }`;
const VOTE = `mutation($p: ID!) { voteHelpful(postId: $p) { id } }`;
const UNVOTE = `mutation($p: ID!) { withdrawHelpfulVote(postId: $p) { id } }`;
const ACCEPT = `mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`;
const CLEAR = `mutation($t: ID!) { clearAcceptedAnswer(threadId: $t) { id } }`;
const CREATE = `mutation($f: ID!) { createThread(input: { forumId: $f, title: "A thread in an archive", body: "Hello" }) { id } }`;
const PERMISSIONS = `query($t: ID!, $p: ID!) {
  thread(id: $t) { viewerCanReply viewerCanEdit viewerCanAccept forum { viewerCanPost isArchived } }
  post(id: $p) { viewerCanEdit viewerCanDelete viewerCanVote }
}`;

async function code(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<string | undefined> {
  const res = await client.request(query, variables);
  return res.errors?.[0]?.extensions?.code;
}

describe('rules that hold', () => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let asker: TestUser;
  let answerer: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    // Posting limits have their own suite (posting-limits.sec-spec.ts); this one posts a lot, fast.
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    admin = await createUser(t, { roles: ['ADMIN'] });
    asker = await createUser(t);
    answerer = await createUser(t, { roles: ['EXPERT'] });
    other = await createUser(t);
  });
  afterAll(() => t.close());

  describe('an archived forum is read-only', () => {
    let forum: { id: string };
    let thread: { id: string; openingPostId: string };
    let answer: { id: string };
    let voted: { id: string };

    beforeAll(async () => {
      forum = await createForum(staff);
      thread = await createThread(asker, forum.id);
      answer = await reply(answerer, thread.id, 'Use a filter step.');
      voted = await reply(answerer, thread.id, 'Or a rule.');
      await asker.client.ok(ACCEPT, { p: answer.id });
      await other.client.ok(VOTE, { p: voted.id });
      await staff.client.ok(`mutation($id: ID!) { archiveForum(id: $id) { isArchived } }`, { id: forum.id });
    });

    it('takes no replies and no new threads, from members, staff, moderators or admins', async () => {
      for (const user of [asker, other, staff, moderator, admin]) {
        expect(await code(user.client, REPLY, { t: thread.id })).toBe('FORBIDDEN');
        expect(await code(user.client, CREATE, { f: forum.id })).toBe('FORBIDDEN');
      }
      const err = await asker.client.error(REPLY, { t: thread.id });
      expect(err.message).toMatch(/archived/i);
    });

    it('takes no edits or deletions from authors', async () => {
      expect(await code(asker.client, EDIT_THREAD, { t: thread.id })).toBe('FORBIDDEN');
      expect(await code(asker.client, EDIT_POST, { p: thread.openingPostId })).toBe('FORBIDDEN');
      expect(await code(answerer.client, EDIT_POST, { p: answer.id })).toBe('FORBIDDEN');
      expect(await code(answerer.client, DELETE, { p: voted.id })).toBe('FORBIDDEN');
    });

    it('freezes helpful votes and the accepted answer, for the asker and for staff', async () => {
      expect(await code(asker.client, VOTE, { p: voted.id })).toBe('FORBIDDEN');
      expect(await code(other.client, UNVOTE, { p: voted.id })).toBe('FORBIDDEN');
      for (const user of [asker, staff, moderator]) {
        expect(await code(user.client, ACCEPT, { p: voted.id })).toBe('FORBIDDEN');
        expect(await code(user.client, CLEAR, { t: thread.id })).toBe('FORBIDDEN');
      }
      const [row] = await t.db.query(
        `SELECT (SELECT post_id FROM accepted_answers WHERE thread_id = $1) AS accepted, (SELECT helpful_count FROM posts WHERE id = $2) AS helpful,
                (SELECT count(*)::int FROM posts WHERE thread_id = $1) AS posts`,
        [thread.id, voted.id],
      );
      expect(row).toEqual({ accepted: answer.id, helpful: 1, posts: 3 });
    });

    it('tells the web app so: every viewerCan* is false for authors, members and staff', async () => {
      for (const user of [asker, answerer, other, staff]) {
        const got = await user.client.ok(PERMISSIONS, { t: thread.id, p: voted.id });
        expect(got.thread).toEqual({ viewerCanReply: false, viewerCanEdit: false, viewerCanAccept: false, forum: { viewerCanPost: false, isArchived: true } });
        expect(got.post).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerCanVote: false });
      }
      // Admins hold the moderator's rights: they may still edit (moderation), never post, vote or accept.
      const got = await admin.client.ok(PERMISSIONS, { t: thread.id, p: voted.id });
      expect(got.thread).toEqual({ viewerCanReply: false, viewerCanEdit: true, viewerCanAccept: false, forum: { viewerCanPost: false, isArchived: true } });
      expect(got.post.viewerCanVote).toBe(false);
    });

    it('still lets moderators moderate: edit, hide, restore and move a thread out', async () => {
      await moderator.client.ok(EDIT_POST, { p: voted.id });
      await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "spam" }) { isHidden } }`, { p: voted.id });
      await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: RESTORE, reason: "appeal" }) { isHidden } }`, { p: voted.id });
      const perms = await moderator.client.ok(PERMISSIONS, { t: thread.id, p: voted.id });
      expect(perms.thread.viewerCanReply).toBe(false);
      expect(perms.post).toMatchObject({ viewerCanEdit: true, viewerCanDelete: true });
      const open = await createForum(staff);
      const moved = await createThread(asker, open.id);
      await moderator.client.ok(`mutation($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f, reason: "archive it" }) { id } }`, {
        t: moved.id,
        f: forum.id,
      });
      expect(await code(asker.client, REPLY, { t: moved.id })).toBe('FORBIDDEN');
      await moderator.client.ok(`mutation($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f, reason: "still live" }) { id } }`, {
        t: moved.id,
        f: open.id,
      });
      await reply(asker, moved.id);
    });

    it('opens again once unarchived', async () => {
      const second = await createForum(staff);
      const live = await createThread(asker, second.id);
      await staff.client.ok(`mutation($id: ID!) { archiveForum(id: $id) { id } }`, { id: second.id });
      expect(await code(answerer.client, REPLY, { t: live.id })).toBe('FORBIDDEN');
      await staff.client.ok(`mutation($id: ID!) { unarchiveForum(id: $id) { id } }`, { id: second.id });
      await reply(answerer, live.id);
    });

    it('refuses or takes each reply racing an archive, never half-writes one (counters stay exact)', async () => {
      const racing = await createForum(staff);
      const target = await createThread(asker, racing.id);
      const replies = Array.from({ length: 12 }, (_, i) => [answerer, other, asker][i % 3].client.request(REPLY, { t: target.id }));
      const archive = staff.client.ok(`mutation($id: ID!) { archiveForum(id: $id) { id } }`, { id: racing.id });
      const results = await Promise.all(replies);
      await archive;
      for (const r of results) expect(r.errors?.[0]?.extensions?.code ?? 'OK').toMatch(/^(OK|FORBIDDEN)$/);
      const [row] = await t.db.query(
        `SELECT f.post_count, (SELECT count(*)::int FROM posts p WHERE p.thread_id = $2) AS posts, t.reply_count
           FROM forums f JOIN threads t ON t.forum_id = f.id WHERE f.id = $1 AND t.id = $2`,
        [racing.id, target.id],
      );
      expect(row.post_count).toBe(row.posts);
      expect(row.reply_count).toBe(row.posts - 1);
      expect(row.posts - 1).toBe(results.filter((r) => !r.errors).length);
      expect(await code(asker.client, REPLY, { t: target.id })).toBe('FORBIDDEN');
    });
  });

  describe('a locked thread (as discourse-solved does for closed topics)', () => {
    let thread: { id: string };
    let mine: { id: string };
    let answer: { id: string };

    beforeAll(async () => {
      const forum = await createForum(staff);
      thread = await createThread(asker, forum.id);
      answer = await reply(answerer, thread.id, 'The answer');
      mine = await reply(other, thread.id, 'A reply I regret');
      await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: LOCK, reason: "done" }) { isLocked } }`, { t: thread.id });
    });

    it('stops authors deleting their replies; moderators still can', async () => {
      const err = await other.client.error(DELETE, { p: mine.id });
      expect(err.extensions?.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(/locked/i);
      const { post } = await other.client.ok(`query($p: ID!) { post(id: $p) { viewerCanDelete viewerCanEdit } }`, { p: mine.id });
      expect(post).toEqual({ viewerCanDelete: false, viewerCanEdit: false });
      expect((await moderator.client.ok(`query($p: ID!) { post(id: $p) { viewerCanDelete } }`, { p: mine.id })).post.viewerCanDelete).toBe(true);
    });

    it('stops the asker accepting or clearing an answer; staff and moderators still verify', async () => {
      expect(await code(asker.client, ACCEPT, { p: answer.id })).toBe('FORBIDDEN');
      expect((await asker.client.ok(`query($t: ID!) { thread(id: $t) { viewerCanAccept } }`, { t: thread.id })).thread.viewerCanAccept).toBe(false);
      expect((await staff.client.ok(`query($t: ID!) { thread(id: $t) { viewerCanAccept } }`, { t: thread.id })).thread.viewerCanAccept).toBe(true);
      const { acceptAnswer } = await staff.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { acceptedAnswer { kind } } }`, { p: answer.id });
      expect(acceptAnswer.acceptedAnswer.kind).toBe('STAFF');
      expect(await code(asker.client, CLEAR, { t: thread.id })).toBe('FORBIDDEN');
      await moderator.client.ok(CLEAR, { t: thread.id });
      await moderator.client.ok(ACCEPT, { p: answer.id });
    });

    it('still takes helpful votes', async () => {
      await asker.client.ok(VOTE, { p: answer.id });
    });

    it('lets the asker change the answer again once unlocked', async () => {
      await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: UNLOCK, reason: "reopened" }) { isLocked } }`, {
        t: thread.id,
      });
      await asker.client.ok(CLEAR, { t: thread.id });
      await other.client.ok(DELETE, { p: mine.id });
    });
  });

  describe('hidden content is for moderators and admins', () => {
    let forum: { id: string; slug: string };
    let hiddenThread: { id: string; openingPostId: string };
    let visibleThread: { id: string };
    let hiddenReply: { id: string };
    let spammer: TestUser;

    beforeAll(async () => {
      spammer = await createUser(t);
      forum = await createForum(staff);
      hiddenThread = await createThread(asker, forum.id, { title: 'A thread to be hidden' });
      visibleThread = await createThread(asker, forum.id, { title: 'A thread that stays' });
      hiddenReply = await reply(spammer, visibleThread.id, 'Spam spam spam');
      await reply(answerer, visibleThread.id, 'A real answer');
      await moderator.client.ok(`mutation($t: ID!) { moderateThread(input: { threadId: $t, action: HIDE, reason: "off topic" }) { id } }`, {
        t: hiddenThread.id,
      });
      await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "spam" }) { id } }`, { p: hiddenReply.id });
    });

    const read = (client: GqlClient) =>
      client.request(
        `query($slug: String!, $v: ID!) {
          forum(slug: $slug) { threads(first: 50) { nodes { id } } }
          thread(id: $v) { posts(first: 50) { nodes { id } } }
        }`,
        { slug: forum.slug, v: visibleThread.id },
      );

    it('answers NOT_FOUND to plain staff, as to members and visitors', async () => {
      for (const client of [staff.client, answerer.client, t.client()]) {
        expect(await code(client, `query($id: ID!) { thread(id: $id) { id } }`, { id: hiddenThread.id })).toBe('NOT_FOUND');
        expect(await code(client, `query($id: ID!) { post(id: $id) { id } }`, { id: hiddenReply.id })).toBe('NOT_FOUND');
        expect(await code(client, `query($id: ID!) { post(id: $id) { id } }`, { id: hiddenThread.openingPostId })).toBe('NOT_FOUND');
        const { data } = await read(client);
        expect(data!.forum.threads.nodes.map((n: { id: string }) => n.id)).toEqual([visibleThread.id]);
        expect(data!.thread.posts.nodes.map((n: { id: string }) => n.id)).not.toContain(hiddenReply.id);
      }
      expect(await code(staff.client, VOTE, { p: hiddenReply.id })).toBe('NOT_FOUND');
      expect(await code(staff.client, REPLY, { t: hiddenThread.id })).toBe('NOT_FOUND');
    });

    it('shows their authors their own hidden thread and reply by address, never in lists, and takes nothing from them', async () => {
      expect((await asker.client.ok(`query($id: ID!) { thread(id: $id) { isHidden hiddenReason } }`, { id: hiddenThread.id })).thread).toEqual({
        isHidden: true,
        hiddenReason: 'off topic',
      });
      expect((await spammer.client.ok(`query($id: ID!) { post(id: $id) { isHidden hiddenReason } }`, { id: hiddenReply.id })).post).toEqual({
        isHidden: true,
        hiddenReason: 'spam',
      });
      expect(await code(asker.client, `query($id: ID!) { post(id: $id) { id } }`, { id: hiddenReply.id })).toBe('NOT_FOUND');
      expect(await code(spammer.client, `query($id: ID!) { thread(id: $id) { id } }`, { id: hiddenThread.id })).toBe('NOT_FOUND');
      const { data } = await read(asker.client);
      expect(data!.forum.threads.nodes.map((n: { id: string }) => n.id)).toEqual([visibleThread.id]);
      expect(await code(asker.client, REPLY, { t: hiddenThread.id })).toBe('FORBIDDEN');
      expect(await code(spammer.client, VOTE, { p: hiddenReply.id })).toBe('NOT_FOUND');
    });

    it('shows hidden threads and replies to moderators and admins, in lists too', async () => {
      for (const client of [moderator.client, admin.client]) {
        expect((await client.ok(`query($id: ID!) { thread(id: $id) { isHidden } }`, { id: hiddenThread.id })).thread.isHidden).toBe(true);
        expect((await client.ok(`query($id: ID!) { post(id: $id) { isHidden } }`, { id: hiddenReply.id })).post.isHidden).toBe(true);
        const { data } = await read(client);
        expect(data!.forum.threads.nodes.map((n: { id: string }) => n.id).sort()).toEqual([hiddenThread.id, visibleThread.id].sort());
        expect(data!.thread.posts.nodes.map((n: { id: string }) => n.id)).toContain(hiddenReply.id);
      }
    });

    it('keeps hidden posts out of counts and profiles for everyone', async () => {
      const { forum: f } = await staff.client.ok(`query($slug: String!) { forum(slug: $slug) { threadCount postCount } }`, { slug: forum.slug });
      expect(f).toEqual({ threadCount: 1, postCount: 2 });
      for (const client of [staff.client, moderator.client]) {
        const { user } = await client.ok(`query($id: ID!) { user(id: $id) { postCount recentPosts { id } } }`, { id: spammer.id });
        expect(user).toEqual({ postCount: 0, recentPosts: [] });
      }
    });
  });
});
