import { createForum, createGroup, createThread, createUser, makeForumPrivate, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** Issue 6 §2: customer data stays private; redaction really removes text; counts reveal nothing hidden. */
describe('privacy', () => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let acmeMember: TestUser;
  let acmeColleague: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let forumId: string;
  let orgId: string;

  beforeAll(async () => {
    // Posting limits have their own suite (posting-limits.sec-spec.ts); here they would only slow the setup.
    t = await startTestApp(UNLIMITED_POSTING);
    staff = await createUser(t, { roles: ['STAFF'] });
    moderator = await createUser(t, { roles: ['MODERATOR'] });
    admin = await createUser(t, { roles: ['ADMIN'] });
    [{ id: orgId }] = await t.db.query(`INSERT INTO organizations (name, plan, account_manager_id) VALUES ('Acme Roofing', 'ENTERPRISE', $1) RETURNING id`, [
      staff.id,
    ]);
    acmeMember = await createUser(t, { organizationId: orgId });
    acmeColleague = await createUser(t, { organizationId: orgId });
    outsider = await createUser(t);
    forumId = (await createForum(staff)).id;
  });
  afterAll(() => t.close());

  describe('organizations', () => {
    const query = `query($id: ID!) { thread(id: $id) { author { organization { name plan accountManager { handle } } } } }`;
    let threadId: string;
    beforeAll(async () => {
      threadId = (await createThread(acmeMember, forumId)).id;
    });

    it("hides an author's organization, plan and account manager from anonymous visitors", async () => {
      const { thread } = await t.client().ok(query, { id: threadId });
      expect(thread.author.organization).toBeNull();
    });

    it('hides it from members of other organizations', async () => {
      const { thread } = await outsider.client.ok(query, { id: threadId });
      expect(thread.author.organization).toBeNull();
    });

    it('shows it to colleagues in the same organization and to staff', async () => {
      for (const viewer of [acmeColleague, staff]) {
        const { thread } = await viewer.client.ok(query, { id: threadId });
        expect(thread.author.organization).toEqual({ name: 'Acme Roofing', plan: 'ENTERPRISE', accountManager: { handle: staff.handle } });
      }
    });

    it('shows every role to the user and staff, and only the public ones (badges) to others', async () => {
      const q = `query($h: String!) { user(handle: $h) { roles badges email } }`;
      const { user: seenByOthers } = await outsider.client.ok(q, { h: admin.handle });
      expect(seenByOthers).toEqual({ roles: ['MEMBER'], badges: [], email: null });
      const { user: seenByStaff } = await staff.client.ok(q, { h: admin.handle });
      expect(seenByStaff.roles).toEqual(['MEMBER', 'ADMIN']);
      const { user: seenByModerator } = await t.client().ok(q, { h: moderator.handle });
      expect(seenByModerator.roles).toEqual(['MEMBER', 'MODERATOR']);
    });
  });

  describe('redaction', () => {
    const history = `query($id: ID!) { thread(id: $id) { openingPost { bodySource revisions { revision bodySource title redacted changes bodyDiffStatus bodyDiff { value added removed } } } } }`;

    it('lets a moderator purge a pasted secret from the history, logged, with the diffs that showed it', async () => {
      const thread = await createThread(acmeMember, forumId, { body: 'My key is sk_live_SECRET123\nand it fails' });
      await moderator.client.ok(
        `mutation($p: ID!) { editPost(input: { postId: $p, body: "My key is [removed]\\nand it fails", reason: "removed a key" }) { id } }`,
        { p: thread.openingPostId },
      );
      const before = await t.client().ok(history, { id: thread.id });
      expect(JSON.stringify(before)).toContain('sk_live_SECRET123');

      await moderator.client.ok(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "API key" }) { id } }`, {
        p: thread.openingPostId,
      });

      const after = await t.client().ok(history, { id: thread.id });
      expect(JSON.stringify(after)).not.toContain('sk_live_SECRET123');
      expect(after.thread.openingPost.revisions).toEqual([
        { revision: 1, bodySource: '', title: null, redacted: true, changes: ['created'], bodyDiffStatus: 'INITIAL', bodyDiff: [] },
        // Nothing can be compared with a purged version: no "title changed" against a title that is gone.
        expect.objectContaining({ revision: 2, redacted: false, changes: [], bodyDiffStatus: 'REDACTED', bodyDiff: [] }),
      ]);
      // Purged, not hidden: the text is gone from the database too.
      const rows = await t.db.query(`SELECT body_source, body_diff::text AS diff FROM post_revisions WHERE post_id = $1`, [thread.openingPostId]);
      expect(JSON.stringify(rows)).not.toContain('SECRET123');
      const [log] = await t.db.query(`SELECT action, actor_id, details FROM moderation_log WHERE target_id = $1`, [thread.openingPostId]);
      expect(log).toEqual({ action: 'REDACT_REVISION', actor_id: moderator.id, details: { revision: 1 } });
    });

    it('lets staff redact too, and nobody else', async () => {
      const thread = await createThread(acmeMember, forumId, { body: 'password: hunter2' });
      await acmeMember.client.ok(`mutation($p: ID!) { editPost(input: { postId: $p, body: "password: (changed)" }) { id } }`, { p: thread.openingPostId });
      for (const who of [acmeMember, outsider]) {
        const err = await who.client.error(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "mine" }) { id } }`, {
          p: thread.openingPostId,
        });
        expect(err.extensions?.code).toBe('FORBIDDEN');
        expect(err.extensions?.reason).toBe('NOT_ENTITLED_TO_REDACT');
      }
      const anonymous = await t
        .client()
        .error(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "x" }) { id } }`, { p: thread.openingPostId });
      expect(anonymous.extensions?.code).toBe('FORBIDDEN');
      await staff.client.ok(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "password" }) { id } }`, { p: thread.openingPostId });
      const after = await t.client().ok(history, { id: thread.id });
      expect(JSON.stringify(after)).not.toContain('hunter2');
    });

    it('refuses to redact the current text (edit it first) or a revision that does not exist', async () => {
      const thread = await createThread(acmeMember, forumId);
      const current = await moderator.client.error(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "x" }) { id } }`, {
        p: thread.openingPostId,
      });
      expect(current.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'revision' });
      const missing = await moderator.client.error(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 7, reason: "x" }) { id } }`, {
        p: thread.openingPostId,
      });
      expect(missing.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'revision' });
      const noReason = await moderator.client.error(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "  " }) { id } }`, {
        p: thread.openingPostId,
      });
      expect(noReason.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    });
  });

  describe('hidden replies', () => {
    // Found while making the tests exact: accepting a hidden reply answered "a hidden post cannot be the accepted
    // answer", which told a member that the post exists while the post query said NOT_FOUND.
    it('do not exist for the asker who tries to accept one; moderators are told why they cannot', async () => {
      const thread = await createThread(acmeMember, forumId);
      const hiddenReply = await reply(outsider, thread.id);
      await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "spam" }) { id } }`, { p: hiddenReply.id });
      const accept = `mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`;
      expect((await acmeMember.client.error(accept, { p: hiddenReply.id })).extensions).toEqual({ code: 'NOT_FOUND' });
      expect((await moderator.client.error(accept, { p: hiddenReply.id })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'postId' });
    });
  });

  describe('revision diffs', () => {
    it('are computed when saved: reading the history returns what was stored', async () => {
      const thread = await createThread(acmeMember, forumId, { body: 'one\ntwo' });
      await acmeMember.client.ok(`mutation($p: ID!) { editPost(input: { postId: $p, body: "one\\n2" }) { id } }`, { p: thread.openingPostId });
      const [stored] = await t.db.query(`SELECT body_diff FROM post_revisions WHERE post_id = $1 AND revision = 2`, [thread.openingPostId]);
      expect(stored.body_diff.parts.map((p: { added: boolean; removed: boolean }) => [p.added, p.removed])).toEqual([
        [false, false],
        [false, true],
        [true, false],
      ]);
      // Overwrite the stored diff: if reading computed a diff, this marker would not come back.
      await t.db.query(`UPDATE post_revisions SET body_diff = $2 WHERE post_id = $1 AND revision = 2`, [
        thread.openingPostId,
        JSON.stringify({ tooLarge: false, parts: [{ value: 'stored marker', added: true, removed: false }] }),
      ]);
      const { thread: got } = await t
        .client()
        .ok(`query($id: ID!) { thread(id: $id) { openingPost { revisions { bodyDiff { value } } } } }`, { id: thread.id });
      expect(got.openingPost.revisions[1].bodyDiff).toEqual([{ value: 'stored marker' }]);
    });

    it('says "too large to compare" for a rewrite of a 25,000-line post, and diffs one edit in it', async () => {
      const lines = Array.from({ length: 25_000 }, (_, i) => `${i % 10}`).join('\n');
      const thread = await createThread(acmeMember, forumId, { body: lines });
      const oneEdit = lines.replace(/^0\n1\n/, '0\nX\n');
      await acmeMember.client.ok(`mutation($p: ID!, $b: String!) { editPost(input: { postId: $p, body: $b }) { id } }`, {
        p: thread.openingPostId,
        b: oneEdit,
      });
      const rewrite = Array.from({ length: 25_000 }, (_, i) => String.fromCharCode(97 + (i % 10))).join('\n');
      await acmeMember.client.ok(`mutation($p: ID!, $b: String!) { editPost(input: { postId: $p, body: $b }) { id } }`, {
        p: thread.openingPostId,
        b: rewrite,
      });
      const { thread: got } = await t
        .client()
        .ok(`query($id: ID!) { thread(id: $id) { openingPost { revisions { bodyDiffStatus bodyDiff { value added removed } } } } }`, { id: thread.id });
      const [, edited, rewritten] = got.openingPost.revisions;
      expect(edited.bodyDiffStatus).toBe('COMPARED');
      expect(edited.bodyDiff.filter((p: { added: boolean }) => p.added)).toEqual([{ value: 'X\n', added: true, removed: false }]);
      expect(rewritten).toEqual({ bodyDiffStatus: 'TOO_LARGE', bodyDiff: [] });
    });
  });

  describe('profile counts', () => {
    it('count only posts in forums the viewer may see', async () => {
      const author = await createUser(t);
      const publicThread = await createThread(author, forumId);
      await reply(author, publicThread.id);
      const privateForum = await createForum(staff);
      const privateThread = await createThread(author, privateForum.id);
      await reply(author, privateThread.id);
      // A user group's private forum; the author is not in the group.
      await makeForumPrivate(staff, privateForum.id, (await createGroup(staff)).id);
      const q = `query($h: String!) { user(handle: $h) { postCount recentPosts { id } } }`;
      const anonymous = await t.client().ok(q, { h: author.handle });
      expect(anonymous.user.postCount).toBe(2);
      expect(anonymous.user.recentPosts).toHaveLength(2);
      const member = await outsider.client.ok(q, { h: author.handle });
      expect(member.user.postCount).toBe(2);
      const seenByStaff = await staff.client.ok(q, { h: author.handle });
      expect(seenByStaff.user.postCount).toBe(4);
      expect(seenByStaff.user.recentPosts).toHaveLength(4);
    });
  });
});
