import { DemoSeeder } from '../../server/src/modules/demo/demo-seeder';
import { DEMO_PASSWORD } from '../../server/src/modules/demo/demo-content';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo community', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
  });
  afterAll(() => t.close());

  it('fills an empty instance with forums, threads, replies and accepted answers, once', async () => {
    expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBe(true);
    const { forums } = await t.client().ok(`{ forums { slug threadCount postCount lastActivityAt
      threads(first: 10) { nodes { title status acceptedAnswerSnippet hasStaffAnswer } } } }`);
    expect(forums).toHaveLength(5);
    const threads = forums.flatMap((f: { threads: { nodes: unknown[] } }) => f.threads.nodes);
    expect(threads.length).toBe(10);
    expect(threads.filter((th: { status: string }) => th.status === 'SOLVED').length).toBeGreaterThanOrEqual(6);
    expect(threads.some((th: { acceptedAnswerSnippet: string | null }) => th.acceptedAnswerSnippet)).toBe(true);
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
