import { DemoSeeder } from '../../server/src/modules/demo/demo-seeder';
import { DEMO_PASSWORD, DEMO_THREADS } from '../../server/src/modules/demo/demo-content';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo community', () => {
  let t: TestApp;
  // Seeded once, here, for every test below; the tests only read it.
  let seededEmptyInstance: boolean;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    seededEmptyInstance = await t.app.get(DemoSeeder).seedIfEmpty();
  });
  afterAll(() => t.close());

  it('fills an empty instance with forums, threads, replies and accepted answers, once', async () => {
    expect(seededEmptyInstance).toBe(true);
    const { forums } = await t.client().ok(`{ forums { slug threadCount postCount lastActivityAt
      threads(first: 10) { nodes { title status acceptedAnswerSnippet hasStaffAnswer } } } }`);
    expect(forums).toHaveLength(5);
    const threads: Array<{ title: string; status: string; acceptedAnswerSnippet: string | null }> = forums.flatMap((f: { threads: { nodes: unknown[] } }) => f.threads.nodes);
    expect(threads.length).toBe(10);
    // Exactly the threads the demo content gives an accepted answer are solved, and carry its snippet.
    const accepted = DEMO_THREADS.filter((th) => th.accepted).map((th) => th.title).sort();
    expect(accepted).toHaveLength(7);
    expect(threads.filter((th) => th.status === 'SOLVED').map((th) => th.title).sort()).toEqual(accepted);
    expect(threads.filter((th) => th.acceptedAnswerSnippet).map((th) => th.title).sort()).toEqual(accepted);
    for (const f of forums) expect(f.threadCount).toBe(f.threads.nodes.length);

    const [{ kinds }] = await t.db.query(`SELECT array_agg(DISTINCT kind ORDER BY kind) AS kinds FROM accepted_answers`);
    expect(kinds).toEqual(['ASKER', 'STAFF']);
    expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBe(false);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM threads`);
    expect(n).toBe(10);
  });

  it('has demo accounts a newcomer can sign in with', async () => {
    const c = t.client();
    const { signIn } = await c.ok(`mutation($p: String!) { signIn(input: { email: "maya@demo.beacon.test", password: $p }) { user { badges } } }`, { p: DEMO_PASSWORD });
    expect(signIn.user.badges).toEqual(['STAFF']);
  });
});
