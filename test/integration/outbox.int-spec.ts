import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UPDATE_FORUM = `mutation($input: UpdateForumInput!) { updateForum(input: $input) { id name } }`;
const ARCHIVE = `mutation($id: ID!) { archiveForum(id: $id) { isArchived } }`;
const UNARCHIVE = `mutation($id: ID!) { unarchiveForum(id: $id) { isArchived } }`;
const RENAME = `mutation($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }`;

/**
 * Search learns of a change through the outbox (issue 7, item 3): every write that changes what search shows records
 * one event in its own transaction, so the row exists exactly when the change does.
 */
describe('outbox', () => {
  let t: TestApp;
  let staff: TestUser;

  beforeAll(async () => {
    // The search worker would drain the rows these tests count.
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000', SEARCH_SYNC: '0' });
    staff = await createUser(t, { roles: ['STAFF'] });
  });
  afterAll(() => t.close());

  async function rows(topic: string, entityId: string): Promise<number> {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND entity_id = $2`, [topic, entityId]);
    return n;
  }

  /** Makes any outbox row for this entity fail while `write` runs: the write must then leave no trace either. */
  async function withOutboxRefusing<T>(entityId: string, write: () => Promise<T>): Promise<T> {
    const name = `outbox_refuses_${entityId.replace(/-/g, '')}`;
    await t.db.query(`ALTER TABLE outbox ADD CONSTRAINT ${name} CHECK (entity_id <> '${entityId}') NOT VALID`);
    try {
      return await write();
    } finally {
      await t.db.query(`ALTER TABLE outbox DROP CONSTRAINT ${name}`);
    }
  }

  it('records one thread event when a thread is posted, as threads always have', async () => {
    const forum = await createForum(staff);
    const thread = await createThread(staff, forum.id);
    expect(await rows('thread', thread.id)).toBe(1);
  });

  it('records one forum event when staff edit what search shows of a forum', async () => {
    const forum = await createForum(staff);
    await staff.client.ok(UPDATE_FORUM, { input: { id: forum.id, name: 'Webhooks', description: 'Outbound calls', productArea: 'Platform' } });
    expect(await rows('forum', forum.id)).toBe(1);
  });

  it('records no forum event for an edit search does not show (its position alone)', async () => {
    const forum = await createForum(staff);
    const [{ position }] = await t.db.query(`SELECT position FROM forums WHERE id = $1`, [forum.id]);
    await staff.client.ok(UPDATE_FORUM, { input: { id: forum.id, position } });
    expect(await rows('forum', forum.id)).toBe(0);
  });

  it('records one forum event for archiving and one for unarchiving', async () => {
    const forum = await createForum(staff);
    await staff.client.ok(ARCHIVE, { id: forum.id });
    expect(await rows('forum', forum.id)).toBe(1);
    await staff.client.ok(UNARCHIVE, { id: forum.id });
    expect(await rows('forum', forum.id)).toBe(2);
  });

  it('records one user event when a user changes their display name', async () => {
    const user = await createUser(t);
    await user.client.ok(RENAME, { name: 'Renamed Member' });
    expect(await rows('user', user.id)).toBe(1);
  });

  it('records nothing for a rename refused as BAD_USER_INPUT', async () => {
    const user = await createUser(t);
    const err = await user.client.error(RENAME, { name: 'Sam (Staff)' });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(await rows('user', user.id)).toBe(0);
  });

  it('records nothing for a forum edit refused as CONFLICT (a taken slug)', async () => {
    const taken = await createForum(staff);
    const forum = await createForum(staff);
    const err = await staff.client.error(UPDATE_FORUM, { input: { id: forum.id, name: 'Other name', slug: taken.slug } });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(await rows('forum', forum.id)).toBe(0);
  });

  describe('writes the event in the same transaction as the change', () => {
    it('keeps the forum unchanged when its event cannot be written', async () => {
      const forum = await createForum(staff);
      await withOutboxRefusing(forum.id, () => staff.client.error(UPDATE_FORUM, { input: { id: forum.id, name: 'Never saved' } }));
      const [{ name }] = await t.db.query(`SELECT name FROM forums WHERE id = $1`, [forum.id]);
      expect(name).not.toBe('Never saved');
    });

    it('keeps the forum unarchived when its event cannot be written', async () => {
      const forum = await createForum(staff);
      await withOutboxRefusing(forum.id, () => staff.client.error(ARCHIVE, { id: forum.id }));
      const [{ archived_at }] = await t.db.query(`SELECT archived_at FROM forums WHERE id = $1`, [forum.id]);
      expect(archived_at).toBeNull();
    });

    it('keeps the old display name when its event cannot be written', async () => {
      const user = await createUser(t, { displayName: 'Kept Name' });
      await withOutboxRefusing(user.id, () => user.client.error(RENAME, { name: 'Never Saved' }));
      const [{ display_name }] = await t.db.query(`SELECT display_name FROM users WHERE id = $1`, [user.id]);
      expect(display_name).toBe('Kept Name');
    });
  });
});
