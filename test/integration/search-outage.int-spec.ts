import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchEngine } from '../../server/src/modules/search/search-engine.service';
import { buildThreadDocument } from '../../server/src/modules/search/domain/search-document';
import { SearchDocumentsRepository } from '../../server/src/modules/search/search-documents.repository';
import { startEmbeddedMeili, type EmbeddedMeiliHandle } from '../../server/src/platform/embedded/embedded-meilisearch';
import { createForum, createThread, createUser, reply, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/**
 * Item 7 of the search issue: with Meilisearch stopped, reading and posting work and search says SEARCH_UNAVAILABLE;
 * writes made while it is away, and while it comes back, all reach the index. This suite runs its own Meilisearch
 * process (the shared one must not stop under other suites), restarted on the same port and data.
 */
describe('search while Meilisearch is away', () => {
  let dataDir: string;
  let meili: EmbeddedMeiliHandle;
  let port: number;
  let t: TestApp;
  let staff: TestUser;
  let member: TestUser;
  let forum: { id: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'threadline-outage-'));
    meili = await startEmbeddedMeili({ dataDir });
    port = Number(new URL(meili.url).port);
    t = await startTestApp({ ...UNLIMITED_POSTING, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, SEARCH_SYNC_INTERVAL_MS: '50' });
    staff = await createUser(t, { roles: ['STAFF'] });
    member = await createUser(t);
    forum = await createForum(staff, { name: 'Outage forum' });
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const SEARCH = `query($q: String!) { search(query: $q) { hits { thread { id } } } }`;
  const STATUS = `{ searchIndexStatus { available pendingEvents } }`;

  /** Every document in the index equals the one PostgreSQL gives now, and every visible thread has one. */
  async function expectIndexEqualsDatabase() {
    const engine = t.app.get(SearchEngine);
    const indexed = new Map<string, unknown>();
    for (let offset = 0; ; offset += 1000) {
      const page = await engine.documents(engine.threadsUid, offset, 1000);
      for (const doc of page) indexed.set(doc.id, doc);
      if (page.length < 1000) break;
    }
    const rows: Array<{ id: string }> = await t.db.query(`SELECT id FROM threads`);
    const facts = await t.app.get(SearchDocumentsRepository).facts(
      t.db.manager,
      rows.map((r) => r.id),
    );
    const expected = new Map(facts.map((f) => [f.id, buildThreadDocument(f)]));
    expect([...indexed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, doc] of expected) expect(indexed.get(id)).toEqual(doc);
  }

  it('keeps reading and posting, answers SEARCH_UNAVAILABLE, and catches up on every write once Meilisearch is back', async () => {
    const before = await createThread(member, forum.id, { title: 'Written before the outage: aardvark' });
    await waitForSearchSync(t);
    expect((await member.client.ok(SEARCH, { q: 'aardvark' })).search.hits).toEqual([{ thread: { id: before.id } }]);

    await meili.stop();

    // Reading and posting do not need Meilisearch.
    expect((await member.client.ok(`query($id: ID!) { thread(id: $id) { title } }`, { id: before.id })).thread.title).toBe(
      'Written before the outage: aardvark',
    );
    const during = await createThread(member, forum.id, { title: 'Written during the outage: bandicoot' });
    await reply(staff, before.id, 'A staff reply written while search was away: cassowary.');
    await member.client.ok(`mutation($input: EditThreadInput!) { editThread(input: $input) { id } }`, {
      input: { threadId: during.id, title: 'Edited during the outage: bandicoot dingo' },
    });
    const moderator = await createUser(t, { roles: ['MODERATOR'] });
    const hideMe = await createThread(member, forum.id, { title: 'Hidden during the outage: echidna' });
    await moderator.client.ok(`mutation($input: ModerateThreadInput!) { moderateThread(input: $input) { id } }`, {
      input: { threadId: hideMe.id, action: 'HIDE', reason: 'Off topic' },
    });

    const down = await member.client.error(SEARCH, { q: 'bandicoot' });
    expect(down.extensions?.code).toBe('SEARCH_UNAVAILABLE');
    expect(down.message).toMatch(/unavailable/i);
    expect((await member.client.error(`{ similarThreads(title: "bandicoot dingo problems") { thread { id } } }`)).extensions?.code).toBe('SEARCH_UNAVAILABLE');
    // The worker has tried and failed by now (it polls every 50 ms); staff see that search is behind.
    await new Promise((r) => setTimeout(r, 500));
    const status = (await staff.client.ok(STATUS)).searchIndexStatus;
    expect(status.available).toBe(false);
    expect(status.pendingEvents).toBeGreaterThan(0);

    // Meilisearch comes back on the same address while writes keep coming.
    let writing = true;
    const written: string[] = [];
    const writer = (async () => {
      for (let i = 0; writing || i < 5; i++) {
        written.push((await createThread(member, forum.id, { title: `Written around the restart number ${i}: flamingo` })).id);
      }
    })();
    meili = await startEmbeddedMeili({ dataDir, port });
    await new Promise((r) => setTimeout(r, 300));
    writing = false;
    await writer;

    await waitForSearchSync(t);
    expect((await staff.client.ok(STATUS)).searchIndexStatus).toEqual({ available: true, pendingEvents: 0 });
    await expectIndexEqualsDatabase();
    const found = (await member.client.ok(`{ search(query: "flamingo", first: 50) { hits { thread { id } } } }`)).search.hits.map((h: any) => h.thread.id);
    expect(found.sort()).toEqual([...written].sort());
    expect((await member.client.ok(SEARCH, { q: 'dingo' })).search.hits).toEqual([{ thread: { id: during.id } }]);
    expect((await member.client.ok(SEARCH, { q: 'echidna' })).search.hits).toEqual([]);
  });
});
