import { createUser, DEFAULT_PASSWORD } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id email displayName roles badges } } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id displayName } } }`;
const ME = `{ me { id email displayName roles } }`;

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => t.close());

  it('stores only a hash of the session token', async () => {
    const c = t.client();
    await c.ok(SIGN_UP, { input: { email: 'hash@example.com', displayName: 'Hash', password: 'a long enough password' } });
    const token = c.cookie!.split('=')[1];
    const rows = await t.db.query(
      `SELECT count(*)::int AS n FROM sessions WHERE token_hash = convert_to($1, 'UTF8') OR encode(token_hash, 'escape') LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(rows[0].n).toBe(0);
    const hashed = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [token]);
    expect(hashed[0].n).toBe(1);
  });

  it('answers CONFLICT for a taken email, whatever its case', async () => {
    const taken = await createUser(t);
    const err = await t.client().error(SIGN_UP, { input: { email: taken.email.toUpperCase(), displayName: 'Copy', password: 'a long enough password' } });
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('rejects a weak password with BAD_USER_INPUT naming password, and saves nothing', async () => {
    const err = await t.client().error(SIGN_UP, { input: { email: 'weak@example.com', displayName: 'Weak', password: 'short' } });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const rows = await t.db.query(`SELECT 1 FROM users WHERE email = 'weak@example.com'`);
    expect(rows).toHaveLength(0);
  });

  it('rejects a malformed email and an empty display name, naming the field', async () => {
    const email = await t.client().error(SIGN_UP, { input: { email: 'not-an-email', displayName: 'X', password: 'a long enough password' } });
    expect(email.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const name = await t.client().error(SIGN_UP, { input: { email: 'n@example.com', displayName: '   ', password: 'a long enough password' } });
    expect(name.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    const user = await createUser(t);
    const wrong = await t.client().error(SIGN_IN, { input: { email: user.email, password: 'not the password' } });
    const unknown = await t.client().error(SIGN_IN, { input: { email: 'nobody@example.com', password: 'not the password' } });
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.message).toBe(unknown.message);
  });

  it('signs in, signs out, and the old cookie stops working', async () => {
    await createUser(t, { email: 'bea@example.com', displayName: 'Bea' });
    const c = t.client();
    const { signIn } = await c.ok(SIGN_IN, { input: { email: ' Bea@Example.com ', password: DEFAULT_PASSWORD } });
    expect(signIn.user.displayName).toBe('Bea');
    const oldCookie = c.cookie;
    expect((await c.ok(ME)).me.displayName).toBe('Bea');
    expect(await c.ok(`mutation { signOut }`)).toEqual({ signOut: true });
    expect(c.cookie).toBeNull();
    const replay = t.client();
    replay.cookie = oldCookie;
    expect((await replay.ok(ME)).me).toBeNull();
  });

  it('signs out everywhere: every session of the user ends', async () => {
    const user = await createUser(t);
    const laptop = t.client();
    const phone = t.client();
    await laptop.ok(SIGN_IN, { input: { email: user.email, password: DEFAULT_PASSWORD } });
    await phone.ok(SIGN_IN, { input: { email: user.email, password: DEFAULT_PASSWORD } });
    await laptop.ok(`mutation { signOutEverywhere }`);
    expect((await phone.ok(ME)).me).toBeNull();
    expect((await laptop.ok(ME)).me).toBeNull();
  });

  it('treats an expired session as signed out', async () => {
    const user = await createUser(t);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    expect((await user.client.ok(ME)).me).toBeNull();
  });

  it('lets a user edit their display name and change their password, ending their other sessions', async () => {
    const user = await createUser(t);
    const other = t.client();
    await other.ok(SIGN_IN, { input: { email: user.email, password: DEFAULT_PASSWORD } });
    const { updateProfile } = await user.client.ok(`mutation { updateProfile(input: { displayName: "Renamed" }) { displayName } }`);
    expect(updateProfile.displayName).toBe('Renamed');
    const wrong = await user.client.error(`mutation { changePassword(input: { currentPassword: "nope nope nope", newPassword: "brand new password" }) }`);
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    await user.client.ok(`mutation { changePassword(input: { currentPassword: "${DEFAULT_PASSWORD}", newPassword: "brand new password" }) }`);
    expect((await other.ok(ME)).me).toBeNull();
    expect((await user.client.ok(ME)).me.displayName).toBe('Renamed');
    await t.client().ok(SIGN_IN, { input: { email: user.email, password: 'brand new password' } });
  });

  it('shows an email only to its owner and staff', async () => {
    const owner = await createUser(t);
    const member = await createUser(t);
    const staff = await createUser(t, { roles: ['STAFF'] });
    const q = `query($id: ID!) { user(id: $id) { displayName email badges } }`;
    expect((await member.client.ok(q, { id: owner.id })).user.email).toBeNull();
    expect((await t.client().ok(q, { id: owner.id })).user.email).toBeNull();
    expect((await owner.client.ok(q, { id: owner.id })).user.email).toBe(owner.email);
    expect((await staff.client.ok(q, { id: owner.id })).user.email).toBe(owner.email);
    expect((await t.client().ok(q, { id: staff.id })).user.badges).toEqual(['STAFF']);
    expect((await t.client().error(q, { id: '00000000-0000-0000-0000-000000000000' })).extensions?.code).toBe('NOT_FOUND');
  });

  it('lets admins manage organizations, account managers and roles; nobody else', async () => {
    const admin = await createUser(t, { roles: ['ADMIN'] });
    const staff = await createUser(t, { roles: ['STAFF'] });
    const member = await createUser(t);
    const create = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name plan accountManager { id } } }`;
    const denied = await member.client.error(create, { input: { name: 'Acme', plan: 'ENTERPRISE' } });
    expect(denied.extensions?.code).toBe('FORBIDDEN');
    const notStaff = await admin.client.error(create, { input: { name: 'Acme', plan: 'ENTERPRISE', accountManagerId: member.id } });
    expect(notStaff.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountManagerId' });
    const { createOrganization: org } = await admin.client.ok(create, { input: { name: 'Acme', plan: 'ENTERPRISE', accountManagerId: staff.id } });
    expect(org).toMatchObject({ name: 'Acme', plan: 'ENTERPRISE', accountManager: { id: staff.id } });
    expect((await admin.client.error(create, { input: { name: 'ACME' } })).extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });

    await admin.client.ok(`mutation($u: ID!, $o: ID) { assignUserToOrganization(input: { userId: $u, organizationId: $o }) { id } }`, {
      u: member.id,
      o: org.id,
    });
    const { me } = await member.client.ok(`{ me { organization { name plan accountManager { displayName } } } }`);
    expect(me.organization).toEqual({ name: 'Acme', plan: 'ENTERPRISE', accountManager: { displayName: staff.displayName } });

    const setRoles = `mutation($u: ID!, $r: [Role!]!) { setUserRoles(input: { userId: $u, roles: $r }) { roles badges } }`;
    expect((await member.client.error(setRoles, { u: member.id, r: ['ADMIN'] })).extensions?.code).toBe('FORBIDDEN');
    const { setUserRoles } = await admin.client.ok(setRoles, { u: member.id, r: ['EXPERT', 'MODERATOR'] });
    expect(setUserRoles).toEqual({ roles: ['MEMBER', 'EXPERT', 'MODERATOR'], badges: ['MODERATOR', 'EXPERT'] });
    // The new roles apply to the member's very next request.
    expect((await member.client.ok(`{ me { roles } }`)).me.roles).toEqual(['MEMBER', 'EXPERT', 'MODERATOR']);
  });
});

/** Rules about every account on an instance ("the first", "the last admin") get an instance of their own. */
async function onFreshInstance(overrides: Record<string, string>, test: (t: TestApp) => Promise<void>): Promise<void> {
  const t = await startTestApp(overrides);
  try {
    await test(t);
  } finally {
    await t.close();
  }
}

describe('admins of a fresh instance', () => {
  it('signs a new person up, signs them in with an httpOnly SameSite=Lax cookie, and makes the first account the admin', () =>
    onFreshInstance({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' }, async (t) => {
      const c = t.client();
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_UP, variables: { input: { email: 'First@Example.com', displayName: 'Ada', password: 'a long enough password' } } }),
      });
      const cookie = res.headers.getSetCookie().find((h) => h.startsWith('tl_session='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const body = await res.json();
      expect(body.data.signUp.user).toMatchObject({ email: 'first@example.com', displayName: 'Ada', roles: ['MEMBER', 'ADMIN'] });

      c.cookie = cookie.split(';')[0];
      const { me } = await c.ok(ME);
      expect(me.email).toBe('first@example.com');

      const second = await t.client().ok(SIGN_UP, { input: { email: 'second@example.com', displayName: 'Bea', password: 'another long password' } });
      expect(second.signUp.user.roles).toEqual(['MEMBER']);
    }));

  it('never lets the last admin lose the role', () =>
    onFreshInstance({}, async (t) => {
      const admin = await createUser(t, { roles: ['ADMIN'] });
      expect(await t.db.query(`SELECT id FROM users WHERE 'ADMIN' = ANY (roles)`)).toEqual([{ id: admin.id }]);
      const err = await admin.client.error(`mutation($u: ID!) { setUserRoles(input: { userId: $u, roles: [MEMBER] }) { id } }`, { u: admin.id });
      expect(err.extensions).toMatchObject({ code: 'CONFLICT', field: 'roles' });
      expect((await admin.client.ok(`{ me { roles } }`)).me.roles).toEqual(['MEMBER', 'ADMIN']);
    }));
});

describe('first admin from ADMIN_EMAIL', () => {
  it('creates the configured admin at boot, and later sign-ups are plain members', async () => {
    const t = await startTestApp({ ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'boss password 123' });
    try {
      const c = t.client();
      const { signIn } = await c.ok(`mutation { signIn(input: { email: "boss@example.com", password: "boss password 123" }) { user { roles } } }`);
      expect(signIn.user.roles).toEqual(['MEMBER', 'ADMIN']);
      const { signUp } = await t.client().ok(SIGN_UP, { input: { email: 'new@example.com', displayName: 'New', password: 'a long enough password' } });
      expect(signUp.user.roles).toEqual(['MEMBER']);
    } finally {
      await t.close();
    }
  });
});

describe('rate limits', () => {
  it('answers RATE_LIMITED, with the wait, to the sixth wrong password for one account from one client', async () => {
    const t = await startTestApp();
    try {
      const c = t.client();
      let fifthSentAt = 0;
      for (let i = 0; i < 5; i++) {
        fifthSentAt = Date.now();
        const err = await c.error(SIGN_IN, { input: { email: 'x@example.com', password: 'wrong password' } });
        expect(err.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const sixth = await c.error(SIGN_IN, { input: { email: 'x@example.com', password: 'wrong password' } });
      const waited = Date.now() - fifthSentAt;
      expect(sixth.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
      // The fifth failure locks the pair for SIGN_IN_BACKOFF_SECONDS (30 by default) from when it was counted; the
      // answer is what is left of that, rounded up: 30 unless the clock moved on by whole seconds in between.
      expect(sixth.extensions?.retryAfter).toBeLessThanOrEqual(30);
      expect(sixth.extensions?.retryAfter).toBeGreaterThanOrEqual(30 - Math.floor(waited / 1000));
      expect(sixth.message).toBe(`Too many failed sign-in attempts. Try again in ${sixth.extensions?.retryAfter} seconds.`);
    } finally {
      await t.close();
    }
  });
});
