import { createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const SUGGEST = `query($p: String!, $first: Int) { userSuggestions(prefix: $p, first: $first) { handle displayName email roles organization { id } } }`;
const BY_HANDLES = `query($h: [String!]!) { usersByHandles(handles: $h) { handle displayName email } }`;

describe('mention suggestions (userSuggestions, usersByHandles)', () => {
  let t: TestApp;
  let asker: TestUser;

  /** A member with this handle and display name (handles are unique, so each test picks its own letters). */
  async function person(handle: string, displayName: string, roles: TestUser['roles'] = []) {
    const user = await createUser(t, { displayName, roles });
    await t.db.query(`UPDATE users SET handle = $2 WHERE id = $1`, [user.id, handle]);
    return { ...user, handle };
  }

  const handlesFor = async (prefix: string, first?: number) =>
    ((await asker.client.ok(SUGGEST, { p: prefix, first })).userSuggestions as Array<{ handle: string }>).map((u) => u.handle);

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_RATE_LIMIT_PER_MINUTE: '1000' });
    asker = await createUser(t);
  });
  afterAll(() => t.close());

  it('matches a handle prefix or a display-name word prefix, in any case, the exact handle first', async () => {
    await person('mayabc', 'Maya Rossi');
    await person('mayab', 'Someone Else');
    await person('rob-qz', 'Robin Mayabcde');
    await person('zed-qz', 'Zed Quinn');
    expect(await handlesFor('@MayaB')).toEqual(['mayab', 'mayabc', 'rob-qz']);
    // "quin" starts the second word of Zed Quinn's name; no handle starts with it.
    expect(await handlesFor('Quin')).toEqual(['zed-qz']);
    // Two words: both must start words of the display name.
    expect(await handlesFor('robin maya')).toEqual(['rob-qz']);
    // A word inside a name, not at its start, is no match.
    expect(await handlesFor('abcde')).toEqual([]);
  });

  it('treats _ in a handle as the character it is, not as a pattern', async () => {
    await person('pat_tern', 'Tern One');
    await person('patxtern', 'Tern Two');
    expect(await handlesFor('pat_')).toEqual(['pat_tern']);
  });

  it('returns at most `first` members and shows no email, hidden role or organization', async () => {
    for (const n of [1, 2, 3, 4]) await person(`lim${n}-kw`, `Limit ${n}`, n === 1 ? ['ADMIN'] : []);
    const page = (await asker.client.ok(SUGGEST, { p: 'lim', first: 3 })).userSuggestions;
    expect(page.map((u: { handle: string }) => u.handle)).toEqual(['lim1-kw', 'lim2-kw', 'lim3-kw']);
    expect(page[0]).toEqual({ handle: 'lim1-kw', displayName: 'Limit 1', email: null, roles: ['MEMBER'], organization: null });
    expect(await handlesFor('lim', 1)).toEqual(['lim1-kw']);
  });

  it('refuses an empty or over-long prefix and a page size outside 1 to 20 with BAD_USER_INPUT naming the field', async () => {
    for (const [p, first, field] of [
      ['', 8, 'prefix'],
      ['@', 8, 'prefix'],
      ['a'.repeat(31), 8, 'prefix'],
      ['ma', 0, 'first'],
      ['ma', 21, 'first'],
    ] as const) {
      const err = await asker.client.error(SUGGEST, { p, first });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('asks a visitor to sign in', async () => {
    const err = await t.client().error(SUGGEST, { p: 'ma' });
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('looks up typed handles: the ones that exist, whatever their case, and at most 50', async () => {
    await person('known-hh', 'Known Person');
    const { usersByHandles } = await asker.client.ok(BY_HANDLES, { h: ['@Known-HH', 'nosuchuser-hh'] });
    expect(usersByHandles).toEqual([{ handle: 'known-hh', displayName: 'Known Person', email: null }]);
    const err = await asker.client.error(BY_HANDLES, { h: Array.from({ length: 51 }, (_, i) => `h${i}`) });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'handles' });
  });
});
