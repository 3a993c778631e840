import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StackExchangeImporter, type SiteImportSummary } from '../../server/src/modules/imports/stackexchange/se-importer';
import { createUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const DATA_DIR = process.env.THREADLINE_DATA_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'data');
const REAL_SITE = join(DATA_DIR, 'stackexchange', 'ai');
const HAS_DATA = existsSync(join(REAL_SITE, 'Posts.xml'));
if (!HAS_DATA) {
  console.warn(`SKIPPED: importing a real Stack Exchange site needs shared data at ${REAL_SITE} (set THREADLINE_DATA_DIR)`);
}

const TABLES = ['users', 'forums', 'threads', 'posts', 'post_revisions', 'accepted_answers', 'outbox'] as const;

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return out;
}

async function importSite(t: TestApp, path: string): Promise<SiteImportSummary> {
  const report = await t.app.get(StackExchangeImporter).importSites([path]);
  return report.sites[0];
}

/** Thread and forum counters that disagree with a recount from the posts themselves. */
async function counterMismatches(t: TestApp, forumKey: string): Promise<unknown[]> {
  const threads = await t.db.query(
    `SELECT t.id FROM threads t JOIN forums f ON f.id = t.forum_id
       JOIN LATERAL (SELECT count(*) FILTER (WHERE p.post_number > 1)::int AS replies, max(p.post_number) AS max_number,
                            max(p.created_at) AS last_at, count(*)::int AS posts
                       FROM posts p WHERE p.thread_id = t.id AND p.hidden_at IS NULL) s ON true
      WHERE f.imported_from = $1
        AND (t.reply_count <> s.replies OR t.last_post_number <> s.max_number OR t.last_activity_at <> s.last_at
             OR s.max_number <> s.posts OR t.last_poster_id IS NULL OR t.helpful_count <> 0)`,
    [forumKey],
  );
  const forums = await t.db.query(
    `SELECT f.id FROM forums f
      WHERE f.imported_from = $1
        AND (f.thread_count <> (SELECT count(*) FROM threads t WHERE t.forum_id = f.id)
          OR f.post_count <> (SELECT count(*) FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.forum_id = f.id)
          OR f.last_activity_at IS DISTINCT FROM (SELECT max(t.last_activity_at) FROM threads t WHERE t.forum_id = f.id)
          OR f.last_thread_id IS NULL)`,
    [forumKey],
  );
  return [...threads, ...forums];
}

async function unsafeBodies(t: TestApp, forumKey: string): Promise<number> {
  const [row] = await t.db.query(
    `SELECT count(*)::int AS n FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
      WHERE f.imported_from = $1 AND (p.body_html ~* '<script' OR p.body_html ~* ' on\\w+=')`,
    [forumKey],
  );
  return row.n;
}

// ---------- a hand-written dump ----------

const enc = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TINY_POSTS = `\ufeff<?xml version="1.0" encoding="utf-8"?>
<posts>
  <row Id="1" PostTypeId="1" AcceptedAnswerId="3" CreationDate="2020-01-01T10:00:00.000" Body="${enc('<p>How do I route leads?</p>')}" OwnerUserId="5" LastEditDate="2020-01-05T08:00:00.000" Title="How do I route leads by region?" Tags="&lt;Lead Routing&gt;&lt;crm&gt;" />
  <row Id="2" PostTypeId="2" ParentId="1" CreationDate="2020-01-03T10:00:00.000" Body="${enc('<p>Later answer</p>')}" OwnerUserId="6" />
  <row Id="3" PostTypeId="2" ParentId="1" CreationDate="2020-01-02T10:00:00.000" Body="${enc('<p>Earlier answer, accepted</p>')}" OwnerUserId="6" />
  <row Id="10" PostTypeId="1" AcceptedAnswerId="99" CreationDate="2020-02-01T10:00:00.000" Body="${enc('<script>alert(1)</script><img src=x onerror=alert(1)><p onclick="steal()">Hello <a href="javascript:alert(1)">there</a></p>')}" OwnerUserId="77" Title="Why?" Tags="|api|Rate-Limits|api|" />
  <row Id="11" PostTypeId="2" ParentId="10" CreationDate="2020-02-02T10:00:00.000" Body="${enc('<p>Drive-by answer</p>')}" OwnerDisplayName="Drive-by Dan" />
  <row Id="12" PostTypeId="2" ParentId="10" CreationDate="2020-02-03T10:00:00.000" Body="${enc('<p>Nobody knows who wrote this</p>')}" />
  <row Id="20" PostTypeId="2" ParentId="500" CreationDate="2020-03-01T10:00:00.000" Body="${enc('<p>My question is gone</p>')}" OwnerUserId="5" />
  <row Id="30" PostTypeId="1" CreationDate="2020-03-02T10:00:00.000" Body="" OwnerUserId="5" Title="A question without a body" Tags="&lt;x&gt;" />
  <row Id="31" PostTypeId="2" ParentId="30" CreationDate="2020-03-03T10:00:00.000" Body="${enc('<p>Answer to nothing</p>')}" OwnerUserId="6" />
  <row Id="40" PostTypeId="5" CreationDate="2020-03-04T10:00:00.000" Body="" />
</posts>
`;

const TINY_USERS = `<?xml version="1.0" encoding="utf-8"?>
<users>
  <row Id="-1" CreationDate="2019-01-01T00:00:00.000" DisplayName="Community" />
  <row Id="5" CreationDate="2019-06-01T12:00:00.000" DisplayName="Ada Lovelace" />
  <row Id="6" CreationDate="2019-07-01T12:00:00.000" DisplayName="Ada Lovelace" />
</users>
`;

describe('Stack Exchange import', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'se-import-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** A site folder of the test's own with these dump files in it. */
  function writeSite(name: string, files: Record<string, string>): string {
    const dir = join(scratch, name);
    mkdirSync(dir);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  }

  // Each describe below has a database of its own: handles are unique across sites, so the real site's
  // "Community" would otherwise take the handle the hand-written dump expects whenever it was imported first.
  describe('a hand-written dump', () => {
    let t: TestApp;
    let site: string;
    let first: SiteImportSummary;
    beforeAll(async () => {
      t = await startTestApp({ SEARCH_SYNC: '0' }); // these tests count outbox rows
      site = writeSite('tiny-site', { 'Posts.xml': TINY_POSTS, 'Users.xml': TINY_USERS });
      // A member who already has the handle the first Ada would get.
      const member = await createUser(t, { displayName: 'Ada Lovelace' });
      await t.db.query(`UPDATE users SET handle = 'ada-lovelace' WHERE id = $1`, [member.id]);
      first = await importSite(t, site);
    });
    afterAll(() => t.close());

    const thread = async (key: string) => (await t.db.query(`SELECT * FROM threads WHERE imported_from = $1`, [key]))[0];
    const posts = async (threadKey: string) =>
      t.db.query(
        `SELECT p.*, u.display_name AS author FROM posts p JOIN threads t ON t.id = p.thread_id JOIN users u ON u.id = p.author_id
          WHERE t.imported_from = $1 ORDER BY p.post_number`,
        [threadKey],
      );

    it('turns the site into an imported forum', async () => {
      const [forum] = await t.db.query(`SELECT * FROM forums WHERE imported_from = 'se:tiny-site'`);
      expect(forum).toMatchObject({
        slug: 'tiny-site',
        name: 'Tiny Site',
        description: 'Imported from tiny-site.stackexchange.com — content by its authors, CC BY-SA',
        product_area: 'Imported',
        thread_count: 2,
        post_count: 6,
      });
    });

    it('imports questions as threads with normalized titles and tags from both tag formats', async () => {
      const q1 = await thread('se:tiny-site:q:1');
      expect(q1).toMatchObject({ title: 'How do I route leads by region?', tags: ['lead-routing', 'crm'], reply_count: 2, last_post_number: 3 });
      expect(q1.created_at.toISOString()).toBe('2020-01-01T10:00:00.000Z');
      expect(q1.last_activity_at.toISOString()).toBe('2020-01-03T10:00:00.000Z');
      expect(q1.updated_at.toISOString()).toBe('2020-01-05T08:00:00.000Z');
      const q10 = await thread('se:tiny-site:q:10');
      expect(q10).toMatchObject({ title: 'Why? (question)', tags: ['api', 'rate-limits'], reply_count: 2 });
      expect(await thread('se:tiny-site:q:30')).toBeUndefined();
    });

    it('numbers answers by creation date and records the asker accepting the imported answer', async () => {
      const rows = await posts('se:tiny-site:q:1');
      expect(rows.map((p: { post_number: number; imported_from: string }) => [p.post_number, p.imported_from])).toEqual([
        [1, 'se:tiny-site:q:1'],
        [2, 'se:tiny-site:a:3'],
        [3, 'se:tiny-site:a:2'],
      ]);
      expect(rows[0]).toMatchObject({
        body_format: 'html',
        body_source: '<p>How do I route leads?</p>',
        body_html: '<p>How do I route leads?</p>',
        body_text: 'How do I route leads?',
        revision_count: 1,
      });
      expect(rows[0].edited_at.toISOString()).toBe('2020-01-05T08:00:00.000Z');

      const accepted = await t.db.query(
        `SELECT a.*, p.imported_from AS answer, t.author_id AS asker FROM accepted_answers a
           JOIN posts p ON p.id = a.post_id JOIN threads t ON t.id = a.thread_id JOIN forums f ON f.id = t.forum_id
          WHERE f.imported_from = 'se:tiny-site'`,
      );
      expect(accepted).toHaveLength(1);
      expect(accepted[0]).toMatchObject({ answer: 'se:tiny-site:a:3', kind: 'ASKER' });
      expect(accepted[0].accepted_by_id).toBe(accepted[0].asker);
      expect(accepted[0].accepted_at.toISOString()).toBe('2020-01-02T10:00:00.000Z');
    });

    it('writes one revision per post, with title and tags on the opening post', async () => {
      const revisions = await t.db.query(
        `SELECT r.*, p.post_number, p.author_id FROM post_revisions r JOIN posts p ON p.id = r.post_id WHERE p.imported_from LIKE 'se:tiny-site:%'`,
      );
      expect(revisions).toHaveLength(6);
      for (const r of revisions) {
        expect(r.revision).toBe(1);
        expect(r.editor_id).toBe(r.author_id);
        if (r.post_number === 1) expect(r.title).toBeTruthy();
        else expect(r.title).toBeNull();
      }
      const opening = revisions.find((r: { title: string | null }) => r.title === 'Why? (question)');
      expect(opening.tags).toEqual(['api', 'rate-limits']);
    });

    it('skips answers without a question and empty bodies, and counts them', () => {
      expect(first.threads).toEqual({ imported: 2, existing: 0, invalid: 1 });
      expect(first.posts).toEqual({ imported: 6, existing: 0, invalid: 3 });
      expect(first.accepted).toEqual({ imported: 1, existing: 0, invalid: 1 });
      expect(first.skips).toMatchObject({ emptyBodies: 1, orphanAnswers: 2, acceptedMissing: 1, otherPostTypes: 1 });
    });

    it('creates accounts that cannot sign in, with unique handles, for listed, unlisted and anonymous authors', async () => {
      const users = await t.db.query(`SELECT * FROM users WHERE imported_from LIKE 'se:tiny-site:%' ORDER BY imported_from`);
      expect(users.map((u: { imported_from: string; display_name: string; handle: string }) => [u.imported_from, u.display_name, u.handle])).toEqual([
        ['se:tiny-site:user:-1', 'Community', 'community'],
        ['se:tiny-site:user:5', 'Ada Lovelace', 'ada-lovelace-5'],
        ['se:tiny-site:user:6', 'Ada Lovelace', 'ada-lovelace-6'],
        ['se:tiny-site:user:77', 'user77', 'user77'],
        ['se:tiny-site:user:unknown:Community (imported)', 'Community (imported)', 'community-imported'],
        ['se:tiny-site:user:unknown:Drive-by Dan', 'Drive-by Dan', 'drive-by-dan'],
      ]);
      for (const u of users) expect(u).toMatchObject({ email: null, password_hash: null, roles: ['MEMBER'] });
      expect(users[1].created_at.toISOString()).toBe('2019-06-01T12:00:00.000Z');
      const q10 = await posts('se:tiny-site:q:10');
      expect(q10.map((p: { author: string }) => p.author)).toEqual(['user77', 'Drive-by Dan', 'Community (imported)']);
    });

    it('sanitizes imported HTML', async () => {
      expect(await unsafeBodies(t, 'se:tiny-site')).toBe(0);
      const [opening] = await posts('se:tiny-site:q:10');
      expect(opening.body_source).toContain('<script>');
      expect(opening.body_html).toBe('<p>Hello <a rel="nofollow ugc noopener">there</a></p>');
      expect(opening.body_text).toBe('Hello there');
    });

    it('queues every new thread for search and keeps counters equal to a recount', async () => {
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM outbox o JOIN threads t ON t.id = o.entity_id JOIN forums f ON f.id = t.forum_id
          WHERE o.topic = 'thread' AND f.imported_from = 'se:tiny-site'`,
      );
      expect(n).toBe(2);
      expect(await counterMismatches(t, 'se:tiny-site')).toEqual([]);
    });

    it('adds nothing when the same dump is imported again', async () => {
      const before = await rowCounts(t);
      const again = await importSite(t, site);
      expect(await rowCounts(t)).toEqual(before);
      for (const kind of ['forum', 'users', 'threads', 'posts', 'accepted'] as const) expect(again[kind].imported).toBe(0);
      expect(again.posts.existing).toBe(6);
    });

    it('appends an answer that is new to the dump after the last post number, and queues only that thread', async () => {
      // A dump of its own that grows: the shared one stays as the other tests expect it.
      const growing = writeSite('growing-site', { 'Posts.xml': TINY_POSTS, 'Users.xml': TINY_USERS });
      expect((await importSite(t, growing)).posts).toEqual({ imported: 6, existing: 0, invalid: 3 });
      const posted = TINY_POSTS.replace(
        '</posts>',
        `  <row Id="50" PostTypeId="2" ParentId="1" CreationDate="2020-01-01T11:00:00.000" Body="${enc('<p>Found in a newer dump</p>')}" OwnerUserId="5" />\n</posts>`,
      );
      writeFileSync(join(growing, 'Posts.xml'), posted);
      const before = await rowCounts(t);
      const next = await importSite(t, growing);
      expect(next.posts).toEqual({ imported: 1, existing: 6, invalid: 3 });
      const after = await rowCounts(t);
      expect(after).toEqual({ ...before, posts: before.posts + 1, post_revisions: before.post_revisions + 1, outbox: before.outbox + 1 });
      const rows = await posts('se:growing-site:q:1');
      expect(rows.map((p: { post_number: number; imported_from: string }) => [p.post_number, p.imported_from])).toEqual([
        [1, 'se:growing-site:q:1'],
        [2, 'se:growing-site:a:3'],
        [3, 'se:growing-site:a:2'],
        [4, 'se:growing-site:a:50'],
      ]);
      expect(await thread('se:growing-site:q:1')).toMatchObject({ reply_count: 3, last_post_number: 4 });
      expect(await counterMismatches(t, 'se:growing-site')).toEqual([]);
    });

    it('rolls a site back completely when it fails half-way', async () => {
      const broken = writeSite('broken-site', { 'Posts.xml': TINY_POSTS, 'Users.xml': TINY_USERS.replace('DisplayName="Community"', 'DisplayName="Zed"') });
      // Every handle the importer could give user -1 ("Zed") is taken: it fails after writing the forum.
      for (const handle of ['zed', 'zed-m1', ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `zed-m1-${n}`)]) {
        const holder = await createUser(t);
        await t.db.query(`UPDATE users SET handle = $1 WHERE id = $2`, [handle, holder.id]);
      }
      const before = await rowCounts(t);
      await expect(importSite(t, broken)).rejects.toThrow(/Import of broken-site failed, nothing of it was saved: No free handle/);
      expect(await rowCounts(t)).toEqual(before);
    });

    it('imports several sites in one run and keeps the ones before a site that fails', async () => {
      const good = writeSite('posts-only', { 'Posts.xml': TINY_POSTS });
      const bad = writeSite('bad-xml', { 'Posts.xml': '<posts><row Id="1"' });
      await expect(t.app.get(StackExchangeImporter).importSites([good, bad])).rejects.toThrow(/bad-xml.*not a readable dump file/);
      const forums = await t.db.query(`SELECT imported_from, thread_count FROM forums WHERE imported_from IN ('se:posts-only', 'se:bad-xml')`);
      expect(forums).toEqual([{ imported_from: 'se:posts-only', thread_count: 2 }]);
      // Without Users.xml, authors known by id become stand-in accounts named user<Id>.
      const [asker] = await t.db.query(
        `SELECT u.display_name, u.imported_from FROM threads t JOIN users u ON u.id = t.author_id WHERE t.imported_from = 'se:posts-only:q:1'`,
      );
      expect(asker).toEqual({ display_name: 'user5', imported_from: 'se:posts-only:user:5' });
    });

    it('refuses a malformed dump before writing anything', async () => {
      const malformed = writeSite('malformed-site', { 'Posts.xml': '<posts><row Id="1" PostTypeId="1" Body="unterminated></posts>' });
      await expect(importSite(t, malformed)).rejects.toThrow(/Posts\.xml: not a readable dump file/);
      expect(await t.db.query(`SELECT 1 FROM forums WHERE imported_from = 'se:malformed-site'`)).toHaveLength(0);
    });
  });

  (HAS_DATA ? describe : describe.skip)('a real site from the shared data (ai.stackexchange.com)', () => {
    const attrs = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/<row\s([^>]*?)\/>/g)].map((m) =>
        Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v])),
      );
    const hasBody = (r: Record<string, string>) => (r.Body ?? '').replace(/&#x[0-9a-f]+;/gi, '').trim().length > 0;
    let t: TestApp;
    let expected: { threads: number; answers: number; accepted: number; accountsById: number };
    let summary: SiteImportSummary;

    beforeAll(async () => {
      t = await startTestApp({ SEARCH_SYNC: '0' }); // these tests count outbox rows
      const rows = attrs(join(REAL_SITE, 'Posts.xml'));
      const questions = new Map(rows.filter((r) => r.PostTypeId === '1' && hasBody(r)).map((r) => [r.Id, r]));
      const answers = rows.filter((r) => r.PostTypeId === '2' && hasBody(r) && questions.has(r.ParentId));
      const answerParent = new Map(answers.map((a) => [a.Id, a.ParentId]));
      const accepted = [...questions.values()].filter((q) => q.AcceptedAnswerId && answerParent.get(q.AcceptedAnswerId) === q.Id).length;
      // Accounts known by id: every Users.xml row, and a stand-in for each other OwnerUserId of an imported post.
      const ids = new Set(attrs(join(REAL_SITE, 'Users.xml')).map((u) => u.Id));
      for (const post of [...questions.values(), ...answers]) if (post.OwnerUserId !== undefined) ids.add(post.OwnerUserId);
      expected = { threads: questions.size, answers: answers.length, accepted, accountsById: ids.size };
      summary = await importSite(t, REAL_SITE);
    });
    afterAll(() => t.close());

    const count = async (sql: string) => (await t.db.query(sql, ['se:ai']))[0].n as number;

    it('imports every question, answer and accepted answer in the XML', async () => {
      expect(expected.threads).toBeGreaterThan(100);
      expect(await count(`SELECT count(*)::int AS n FROM forums WHERE imported_from = $1`)).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM threads t JOIN forums f ON f.id = t.forum_id WHERE f.imported_from = $1`)).toBe(expected.threads);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id WHERE f.imported_from = $1 AND p.post_number > 1`,
        ),
      ).toBe(expected.answers);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM accepted_answers a JOIN threads t ON t.id = a.thread_id JOIN forums f ON f.id = t.forum_id WHERE f.imported_from = $1`,
        ),
      ).toBe(expected.accepted);
      expect(summary.posts.imported).toBe(expected.threads + expected.answers);
      expect(
        await count(`SELECT count(*)::int AS n FROM users WHERE starts_with(imported_from, $1 || ':user:') AND imported_from NOT LIKE '%:user:unknown:%'`),
      ).toBe(expected.accountsById);
    });

    it('keeps thread and forum counters equal to recomputed aggregates', async () => {
      expect(await counterMismatches(t, 'se:ai')).toEqual([]);
      expect(
        await count(`SELECT count(*)::int AS n FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
                           WHERE f.imported_from = $1 AND NOT EXISTS (SELECT 1 FROM post_revisions r WHERE r.post_id = p.id AND r.revision = 1)`),
      ).toBe(0);
    });

    it('creates imported accounts that cannot sign in', async () => {
      expect(
        await count(`SELECT count(*)::int AS n FROM users WHERE starts_with(imported_from, $1 || ':') AND (password_hash IS NOT NULL OR email IS NOT NULL)`),
      ).toBe(0);
      expect(summary.users.imported).toBeGreaterThan(1000);
      expect(await count(`SELECT count(*)::int AS n FROM users WHERE starts_with(imported_from, $1 || ':')`)).toBe(summary.users.imported);
    });

    it('stores no script or event handler in rendered HTML', async () => {
      expect(await unsafeBodies(t, 'se:ai')).toBe(0);
    });

    it('adds nothing on a second import', async () => {
      const before = await rowCounts(t);
      const again = await importSite(t, REAL_SITE);
      expect(await rowCounts(t)).toEqual(before);
      expect(again.threads).toMatchObject({ imported: 0, existing: expected.threads });
      expect(again.posts.imported).toBe(0);
    });
  });
});
