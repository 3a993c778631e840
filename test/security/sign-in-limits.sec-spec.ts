import { createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import type { GqlClient, GqlError } from '../support/gql-client';
import { startTestApp, type TestApp } from '../support/test-app';

// Issue 6 §3: sign-in limits that protect without locking out the office. Everything runs with the real default
// limits (5 failures per account and client, 20 per account, 30 attempts per address and minute); only TRUST_PROXY
// is set, to one proxy hop, as in a deployment behind a load balancer.
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const WRONG = 'not the password at all';

let nextAddress = 1;
/** A fresh client address per call (TEST-NET and 10/8 ranges), so tests never share a per-address limit. */
function address(): string {
  const n = nextAddress++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * One sign-in through a proxy that appends the client's address to X-Forwarded-For, after whatever the client
 * claimed itself. Returns the error, or null for a success.
 */
async function signIn(c: GqlClient, email: string, password: string, from: string, claimed?: string): Promise<GqlError | null> {
  const forwardedFor = claimed ? `${claimed}, ${from}` : from;
  const res = await c.request(SIGN_IN, { input: { email, password } }, { 'x-forwarded-for': forwardedFor });
  if (res.errors?.length) return res.errors[0];
  expect(res.data?.signIn.user.id).toBeTruthy();
  return null;
}

const codeOf = (e: GqlError | null) => (e ? e.extensions?.code : 'OK');

/** RATE_LIMITED with a wait of about `seconds` (a busy machine may take a second or two between two requests). */
function expectLockedFor(err: GqlError | null, seconds: number) {
  expect(err?.extensions?.code).toBe('RATE_LIMITED');
  const retryAfter = err!.extensions!.retryAfter as number;
  expect(retryAfter).toBeGreaterThan(seconds - 3);
  expect(retryAfter).toBeLessThanOrEqual(seconds);
  expect(err!.message).toBe(`Too many failed sign-in attempts. Try again in ${retryAfter} seconds.`);
}

describe('sign-in limits (TRUST_PROXY=1, default limits)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  let owner: TestUser;
  beforeEach(async () => {
    owner = await createUser(t);
  });

  it('keeps counting when every request claims a new X-Forwarded-For address (the last hop is the client)', async () => {
    const attacker = t.client();
    const from = address();
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await signIn(attacker, owner.email, WRONG, from, address())));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    expectLockedFor(await signIn(attacker, owner.email, DEFAULT_PASSWORD, from, address()), 30);
  });

  it('tells clients apart by the address the proxy appended, whatever they claim before it', async () => {
    const claimed = '6.6.6.6';
    const first = address();
    for (let i = 0; i < 5; i++) expect(codeOf(await signIn(t.client(), owner.email, WRONG, first, claimed))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(t.client(), owner.email, WRONG, first, claimed))).toBe('RATE_LIMITED');
    // Same claim, another real address: its own count, not the first client's lock.
    expect(await signIn(t.client(), owner.email, DEFAULT_PASSWORD, address(), claimed)).toBeNull();
  });

  it('stops many addresses guessing one account at the per-account limit, and known or unknown emails look alike', async () => {
    async function guessFromMany(email: string) {
      const answers: Array<GqlError> = [];
      for (let i = 0; i < 22; i++) answers.push((await signIn(t.client(), email, WRONG, address()))!);
      return answers;
    }
    /** What an observer sees, with the exact wait (which depends on timing) set aside. */
    const shape = (answers: GqlError[]) => answers.map((a) => `${a.extensions?.code}: ${a.message.replace(/\d+ seconds/, 'N seconds')}`);
    const known = await guessFromMany(owner.email);
    expect(known.slice(0, 20).every((a) => a.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    for (const locked of known.slice(20)) expectLockedFor(locked, 30);
    // The right password from yet another new address is refused too: the account is backing off for new clients.
    expect(codeOf(await signIn(t.client(), owner.email, DEFAULT_PASSWORD, address()))).toBe('RATE_LIMITED');
    // An email with no account gets exactly the same answers: no way to learn which accounts exist.
    const unknown = await guessFromMany(`nobody-${owner.id}@example.test`);
    expect(shape(unknown)).toEqual(shape(known));
    for (const locked of unknown.slice(20)) expectLockedFor(locked, 30);
  });

  it("does not let one colleague's wrong passwords block another colleague behind the same office address", async () => {
    const colleague = await createUser(t);
    const office = address();
    for (let i = 0; i < 8; i++) await signIn(t.client(), owner.email, WRONG, office);
    expect(codeOf(await signIn(t.client(), owner.email, DEFAULT_PASSWORD, office))).toBe('RATE_LIMITED');
    expect(await signIn(t.client(), colleague.email, DEFAULT_PASSWORD, office)).toBeNull();
  });

  it('lets the owner sign in from a device they used before while an attacker elsewhere hammers the account', async () => {
    const laptop = t.client();
    const home = address();
    expect(await signIn(laptop, owner.email, DEFAULT_PASSWORD, home)).toBeNull();
    expect(laptop.deviceCookie).toMatch(/^tl_device=/);
    await laptop.ok(`mutation { signOut }`);

    // 20 guesses from 20 addresses: the account backs off for every client it does not know...
    for (let i = 0; i < 20; i++) await signIn(t.client(), owner.email, WRONG, address());
    expect(codeOf(await signIn(t.client(), owner.email, WRONG, address()))).toBe('RATE_LIMITED');
    // ...but the owner's laptop, even on another network, still gets in.
    expect(await signIn(laptop, owner.email, DEFAULT_PASSWORD, address())).toBeNull();
    // A stolen cookie value for another account, or a made-up one, trusts nothing.
    const forger = t.client();
    forger.deviceCookie = laptop.deviceCookie;
    const other = await createUser(t);
    for (let i = 0; i < 20; i++) await signIn(t.client(), other.email, WRONG, address());
    expect(codeOf(await signIn(forger, other.email, DEFAULT_PASSWORD, address()))).toBe('RATE_LIMITED');
  });

  it("clears a client's failures when it signs in successfully", async () => {
    const c = t.client();
    const from = address();
    for (let i = 0; i < 4; i++) expect(codeOf(await signIn(c, owner.email, WRONG, from))).toBe('UNAUTHENTICATED');
    expect(await signIn(c, owner.email, DEFAULT_PASSWORD, from)).toBeNull();
    for (let i = 0; i < 4; i++) expect(codeOf(await signIn(c, owner.email, WRONG, from))).toBe('UNAUTHENTICATED');
  });

  it('lets no more than five of twenty concurrent guesses from one client reach the password check', async () => {
    const from = address();
    const answers = await Promise.all(Array.from({ length: 20 }, () => signIn(t.client(), owner.email, WRONG, from)));
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('backs off longer with every further failure, and keeps the state in PostgreSQL without emails in clear', async () => {
    const from = address();
    const c = t.client();
    for (let i = 0; i < 5; i++) await signIn(c, owner.email, WRONG, from);
    for (const expected of [60, 120, 240]) {
      // Let the current lock run out (as if the wait had passed), then fail once more: the next lock is twice as long.
      await t.db.query(`UPDATE sign_in_failures SET last_failure_at = last_failure_at - interval '2 hours', forget_at = forget_at - interval '2 hours'`);
      expect(codeOf(await signIn(c, owner.email, WRONG, from))).toBe('UNAUTHENTICATED');
      const locked = await signIn(c, owner.email, WRONG, from);
      expect(locked?.extensions?.code).toBe('RATE_LIMITED');
      expect(locked?.extensions?.retryAfter).toBeGreaterThan(expected - 3);
      expect(locked?.extensions?.retryAfter).toBeLessThanOrEqual(expected);
    }
    const rows = await t.db.query(`SELECT key FROM sign_in_failures`);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(owner.email);
  });
});

describe('the per-address limit (TRUST_PROXY=1, default 30 a minute)', () => {
  it('answers RATE_LIMITED after 30 attempts from one address, however many addresses it claims', async () => {
    const t = await startTestApp({ TRUST_PROXY: '1' });
    try {
      const from = address();
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 30; i++) codes.push(codeOf(await signIn(t.client(), `someone-${i}@example.test`, WRONG, from, address())));
      expect(codes.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      const last = await signIn(t.client(), 'someone-else@example.test', WRONG, from, address());
      expect(last?.extensions?.code).toBe('RATE_LIMITED');
      expect(last?.message).toMatch(/^Too many attempts from your network\. Try again in (\d+ seconds?|1 minute)\.$/);
      expect(last?.extensions?.retryAfter).toEqual(expect.any(Number));
      // Another address is not affected.
      expect(codeOf(await signIn(t.client(), 'someone-else@example.test', WRONG, address()))).toBe('UNAUTHENTICATED');
    } finally {
      await t.close();
    }
  });
});
