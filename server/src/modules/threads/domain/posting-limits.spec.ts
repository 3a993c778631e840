import { postingTier, takePostingSlot, type PostingPolicy } from './posting-limits';

const policy: PostingPolicy = {
  windowSeconds: 60,
  newAccountSeconds: 24 * 3600,
  limits: { post: { new: 3, member: 10, staff: 60 }, edit: { new: 20, member: 20, staff: 60 } },
};
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** Runs n attempts at `now`, returning how many were allowed and the last refusal. */
function burst(n: number, limit: number, now = t0, start: Date | null = null) {
  let tat = start;
  let allowed = 0;
  let lastRefusal: number | undefined;
  for (let i = 0; i < n; i++) {
    const d = takePostingSlot(tat, now, limit, 60);
    if (d.allowed) {
      allowed++;
      tat = d.nextTat;
    } else {
      lastRefusal = d.retryAfterSeconds;
    }
  }
  return { allowed, lastRefusal, tat };
}

describe('postingTier', () => {
  it('calls accounts younger than a day new, staff and moderators staff, everyone else a member', () => {
    expect(postingTier({ createdAt: at(-3600), staffOrModerator: false }, t0, policy)).toBe('new');
    expect(postingTier({ createdAt: at(-86_400), staffOrModerator: false }, t0, policy)).toBe('member');
    expect(postingTier({ createdAt: at(-60), staffOrModerator: true }, t0, policy)).toBe('staff');
  });
});

describe('takePostingSlot', () => {
  it('accepts a burst up to the limit and refuses the rest of 24 rapid replies, saying when the next one fits', () => {
    const { allowed, lastRefusal } = burst(24, 10);
    expect(allowed).toBe(10);
    // One post per 6 seconds after the burst.
    expect(lastRefusal).toBe(6);
  });

  it('gives new accounts a smaller allowance', () => {
    const { allowed, lastRefusal } = burst(24, 3);
    expect(allowed).toBe(3);
    expect(lastRefusal).toBe(20);
  });

  it('lets one more through once the wait it announced has passed, and a full burst after a quiet window', () => {
    const { tat } = burst(10, 10);
    expect(takePostingSlot(tat, at(5), 10, 60)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(takePostingSlot(tat, at(6), 10, 60).allowed).toBe(true);
    expect(burst(12, 10, at(60), tat).allowed).toBe(10);
  });

  it('spreads posts out: one per interval is always fine', () => {
    let tat: Date | null = null;
    for (let i = 0; i < 100; i++) {
      const d = takePostingSlot(tat, at(i * 6), 10, 60);
      expect(d.allowed).toBe(true);
      if (d.allowed) tat = d.nextTat;
    }
  });
});
