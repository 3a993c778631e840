import { afterFailure, decideSignIn, lockSeconds, retryAfterSeconds, type FailureRecord, type SignInPolicy } from './sign-in-backoff';

const policy: SignInPolicy = {
  pair: { freeFailures: 5, baseLockSeconds: 30, maxLockSeconds: 3600, memorySeconds: 86_400 },
  account: { freeFailures: 20, baseLockSeconds: 30, maxLockSeconds: 3600, memorySeconds: 86_400 },
};
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function fail(times: number, start: FailureRecord | null = null, now = t0, p = policy.pair): FailureRecord | null {
  let record = start;
  for (let i = 0; i < times; i++) record = afterFailure(record, now, p);
  return record;
}

describe('lockSeconds', () => {
  it('lets the free failures through, then locks for the base time, doubling up to the cap', () => {
    expect([0, 1, 4].map((n) => lockSeconds(n, policy.pair))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => lockSeconds(n, policy.pair))).toEqual([30, 60, 120, 240]);
    expect(lockSeconds(12, policy.pair)).toBe(3600);
    expect(lockSeconds(10_000, policy.pair)).toBe(3600);
  });
});

describe('afterFailure', () => {
  it('counts failures while they are remembered and starts again from one after a quiet day', () => {
    const five = fail(5);
    expect(five?.failures).toBe(5);
    expect(afterFailure(five, at(3600), policy.pair).failures).toBe(6);
    // Memory runs from the end of the lock (30 s after the fifth failure), not from the failure itself.
    expect(afterFailure(five, at(86_400 + 29), policy.pair).failures).toBe(6);
    expect(afterFailure(five, at(86_400 + 30), policy.pair)).toEqual({ failures: 1, lastFailureAt: at(86_400 + 30) });
  });
});

describe('decideSignIn', () => {
  it('allows five wrong passwords from one client, then says how long to wait', () => {
    expect(decideSignIn({ pair: fail(4), account: fail(4), trustedDevice: false }, t0, policy)).toEqual({ allowed: true });
    expect(decideSignIn({ pair: fail(5), account: fail(5), trustedDevice: false }, t0, policy)).toEqual({
      allowed: false,
      scope: 'pair',
      retryAfterSeconds: 30,
    });
    expect(decideSignIn({ pair: fail(5), account: null, trustedDevice: false }, at(29.5), policy)).toEqual({
      allowed: false,
      scope: 'pair',
      retryAfterSeconds: 1,
    });
    expect(decideSignIn({ pair: fail(5), account: null, trustedDevice: false }, at(30), policy)).toEqual({ allowed: true });
  });

  it('backs off exponentially for a client that keeps guessing', () => {
    const waits = [5, 6, 7, 8, 9].map((n) => retryAfterSeconds(fail(n), t0, policy.pair));
    expect(waits).toEqual([30, 60, 120, 240, 480]);
  });

  it('locks the account for untrusted clients after many failures from many addresses', () => {
    const account = fail(20, null, t0, policy.account);
    expect(decideSignIn({ pair: null, account, trustedDevice: false }, t0, policy)).toEqual({ allowed: false, scope: 'account', retryAfterSeconds: 30 });
    expect(decideSignIn({ pair: null, account: fail(19, null, t0, policy.account), trustedDevice: false }, t0, policy)).toEqual({ allowed: true });
  });

  it("lets the owner's trusted device in while the account is locked by someone else", () => {
    const account = fail(40, null, t0, policy.account);
    expect(decideSignIn({ pair: null, account, trustedDevice: true }, t0, policy)).toEqual({ allowed: true });
    // ...but the device still answers to its own failures.
    expect(decideSignIn({ pair: fail(5), account, trustedDevice: true }, t0, policy)).toMatchObject({ allowed: false, scope: 'pair' });
  });

  it('treats a pair with no failures and an unknown account alike (nothing to tell them apart)', () => {
    expect(decideSignIn({ pair: null, account: null, trustedDevice: false }, t0, policy)).toEqual({ allowed: true });
  });
});
