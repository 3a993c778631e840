import { createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** Issue 6 §5: ten concurrent createForum calls got nine equal positions. */
describe('forum positions', () => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await createUser(t, { roles: ['STAFF'] });
  });
  afterAll(() => t.close());

  const positions = async () => (await t.db.query(`SELECT id, position FROM forums ORDER BY position`)) as Array<{ id: string; position: number }>;

  it('hands ten concurrent createForum calls ten different positions, in a row', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        staff.client.request(`mutation($name: String!) { createForum(input: { name: $name }) { id position } }`, { name: `Concurrent forum ${i}` }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    const got = results.map((r) => r.data!.createForum.position).sort((a: number, b: number) => a - b);
    expect(got).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it('keeps positions unique in the database itself', async () => {
    const [first] = await positions();
    await expect(t.db.query(`INSERT INTO forums (slug, name, position) VALUES ('dup-position', 'Duplicate position', $1)`, [first.position])).rejects.toThrow(
      /forums_position_key|duplicate key/,
    );
  });

  it('still reorders (a permutation in one statement) and appends after a reorder', async () => {
    const before = await positions();
    const reversed = before.map((f) => f.id).reverse();
    const { reorderForums } = await staff.client.ok(`mutation($ids: [ID!]!) { reorderForums(ids: $ids) { id position } }`, { ids: reversed });
    expect(reorderForums.map((f: { id: string }) => f.id)).toEqual(reversed);
    expect(reorderForums.map((f: { position: number }) => f.position)).toEqual(before.map((_, i) => i));
    const { createForum } = await staff.client.ok(`mutation { createForum(input: { name: "After the reorder" }) { position } }`);
    expect(createForum.position).toBe(before.length);
  });

  it('refuses to move a forum onto a taken position (CONFLICT on position), and moves it to a free one', async () => {
    const [a, b] = await positions();
    const taken = await staff.client.error(`mutation($id: ID!, $p: Int!) { updateForum(input: { id: $id, position: $p }) { id } }`, {
      id: a.id,
      p: b.position,
    });
    expect(taken.extensions).toEqual({ code: 'CONFLICT', field: 'position' });
    const { updateForum } = await staff.client.ok(`mutation($id: ID!) { updateForum(input: { id: $id, position: 1000 }) { position } }`, { id: a.id });
    expect(updateForum.position).toBe(1000);
  });

  it('renumbers duplicates left by the old code when the migration runs', async () => {
    // The migration's own statement, run on a copy of the table where every position is the same.
    const rows: Array<{ n: number; distinct: number }> = await t.db.transaction(async (m) => {
      await m.query(`CREATE TEMP TABLE old_forums ON COMMIT DROP AS SELECT id, name, 3 AS position FROM forums`);
      await m.query(`
        UPDATE old_forums f SET position = o.pos
          FROM (SELECT id, (row_number() OVER (ORDER BY position, name, id) - 1)::int AS pos FROM old_forums) o
         WHERE f.id = o.id AND f.position <> o.pos`);
      return m.query(`SELECT count(*)::int AS n, count(DISTINCT position)::int AS distinct FROM old_forums`);
    });
    expect(rows[0].distinct).toBe(rows[0].n);
  });
});
