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
    // Anonymous visitors see the five public forums; the solar installers' lounge is private to its group.
    expect(forums).toHaveLength(5);
    const threads: Array<{ title: string; status: string; acceptedAnswerSnippet: string | null }> = forums.flatMap(
      (f: { threads: { nodes: unknown[] } }) => f.threads.nodes,
    );
    expect(threads.length).toBe(10);
    // Exactly the threads the demo content gives an accepted answer are solved, and carry its snippet.
    const accepted = DEMO_THREADS.filter((th) => th.accepted)
      .map((th) => th.title)
      .sort();
    expect(accepted).toHaveLength(7);
    expect(
      threads
        .filter((th) => th.status === 'SOLVED')
        .map((th) => th.title)
        .sort(),
    ).toEqual(accepted);
    expect(
      threads
        .filter((th) => th.acceptedAnswerSnippet)
        .map((th) => th.title)
        .sort(),
    ).toEqual(accepted);
    for (const f of forums) expect(f.threadCount).toBe(f.threads.nodes.length);

    const [{ kinds }] = await t.db.query(`SELECT array_agg(DISTINCT kind ORDER BY kind) AS kinds FROM accepted_answers`);
    expect(kinds).toEqual(['ASKER', 'STAFF']);
    expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBe(false);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM threads`);
    expect(n).toBe(DEMO_THREADS.length);
    expect(DEMO_THREADS.length).toBe(11);
  });

  it("has user groups joined the three ways, a private forum for one, and the owners' notifications", async () => {
    const signIn = async (email: string) => {
      const c = t.client();
      await c.ok(`mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }`, { e: email, p: DEMO_PASSWORD });
      return c;
    };
    const directory = `{ groups { nodes { name memberCount membershipPolicy visibility } } }`;
    expect((await t.client().ok(directory)).groups.nodes).toEqual([
      { name: 'Insurance agencies', memberCount: 2, membershipPolicy: 'OPEN', visibility: 'LISTED' },
      { name: 'Solar installers', memberCount: 2, membershipPolicy: 'REQUEST', visibility: 'LISTED' },
    ]);
    const priya = await signIn('priya@demo.acme.test');
    expect((await priya.ok(directory)).groups.nodes.map((g: { name: string }) => g.name)).toEqual([
      'Enterprise admins',
      'Insurance agencies',
      'Solar installers',
    ]);
    const sam = await signIn('sam@demo.sunny.test');
    const lounge = `{ forum(slug: "solar-installers-lounge") { threadCount group { name } threads { nodes { title author { groupFlair { name } } } } } }`;
    expect((await sam.ok(lounge)).forum).toEqual({
      threadCount: 1,
      group: { name: 'Solar installers' },
      threads: { nodes: [{ title: 'What do you pay per exclusive solar lead this quarter?', author: { groupFlair: { name: 'Solar installers' } } }] },
    });
    const ivy = await signIn('ivy@demo.example.test');
    expect((await ivy.error(lounge)).extensions?.code).toBe('NOT_FOUND');
    const tom = await signIn('tom@demo.sunny.test');
    // The demo's replies notify their threads' watchers too; the group notifications are these.
    const aboutGroups = (nodes: Array<{ kind: string }>) => nodes.filter((n) => n.kind.startsWith('GROUP_'));
    expect(aboutGroups((await tom.ok(`{ notifications(first: 100) { nodes { kind actor { displayName } } } }`)).notifications.nodes)).toEqual([
      { kind: 'GROUP_JOIN_REQUESTED', actor: { displayName: 'Sam Whitaker' } },
    ]);
    expect(aboutGroups((await sam.ok(`{ notifications(first: 100) { nodes { kind } } }`)).notifications.nodes)).toEqual([{ kind: 'GROUP_REQUEST_APPROVED' }]);
  });

  it('has support tickets in the staff queue: one waiting for a first response, one waiting on the customer', async () => {
    const maya = t.client();
    await maya.ok(`mutation($p: String!) { signIn(input: { email: "maya@demo.beacon.test", password: $p }) { user { id } } }`, { p: DEMO_PASSWORD });
    const { ticketQueue } = await maya.ok(
      `{ ticketQueue { nodes { priority status thread { title } requester { displayName } organization { name plan } } } }`,
    );
    expect(ticketQueue.nodes).toEqual([
      {
        priority: 'CRITICAL',
        status: 'NEW',
        thread: { title: 'Suppression list upload keeps failing on a large CSV' },
        requester: { displayName: 'Sam Whitaker' },
        organization: { name: 'Sunnyside Solar', plan: 'STANDARD' },
      },
      {
        priority: 'STANDARD',
        status: 'PENDING',
        thread: { title: 'Exporting accepted vs rejected leads per source' },
        requester: { displayName: 'Priya Natarajan' },
        organization: { name: 'Acme Insurance Group', plan: 'ENTERPRISE' },
      },
    ]);
  });

  it('has demo accounts a newcomer can sign in with', async () => {
    const c = t.client();
    const { signIn } = await c.ok(`mutation($p: String!) { signIn(input: { email: "maya@demo.beacon.test", password: $p }) { user { badges } } }`, {
      p: DEMO_PASSWORD,
    });
    expect(signIn.user.badges).toEqual(['STAFF']);
  });
});
