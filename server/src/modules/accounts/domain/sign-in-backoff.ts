/**
 * Sign-in throttling rules (issue 6 §3): wrong passwords are counted per account and client (a "pair") and per
 * account across untrusted clients, each with an exponential backoff, so that
 *  - one person's typos lock only their own pair, never the colleagues behind the same office address;
 *  - guessing one account from many addresses hits the account's backoff;
 *  - the owner's trusted device (one that signed in to this account before) answers only to its own pair, so an
 *    attacker elsewhere cannot lock the owner out.
 * Unknown emails go through exactly the same rules, so the answers tell nothing about which accounts exist.
 * Pure: no clock, no database; the service reads and writes the records under a lock.
 */

export interface BackoffPolicy {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  /** The first lock; each further failure doubles it. */
  baseLockSeconds: number;
  maxLockSeconds: number;
  /** Failures are forgotten after this long without one (counted from the end of the last lock). */
  memorySeconds: number;
}

export interface SignInPolicy {
  /** Per account and client (device, or address for untrusted clients). */
  pair: BackoffPolicy;
  /** Per account, counting untrusted clients only. */
  account: BackoffPolicy;
}

export interface FailureRecord {
  failures: number;
  lastFailureAt: Date;
}

export type SignInDecision = { allowed: true } | { allowed: false; scope: 'pair' | 'account'; retryAfterSeconds: number };

/** How long the failures so far lock the key: 0 within the free ones, then base × 2^(failures − free), capped. */
export function lockSeconds(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^31 seconds is past any cap; avoids Infinity for absurd counts.
  return Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** Math.min(doublings, 31));
}

export function lockedUntil(record: FailureRecord, policy: BackoffPolicy): Date {
  return new Date(record.lastFailureAt.getTime() + lockSeconds(record.failures, policy) * 1000);
}

/** When memory lets go of these failures (the row can be pruned then): the end of the lock plus the memory. */
export function forgetAt(record: FailureRecord, policy: BackoffPolicy): Date {
  return new Date(lockedUntil(record, policy).getTime() + policy.memorySeconds * 1000);
}

/** The failures still count: the last one (or the lock it caused) is within memory. */
function remembered(record: FailureRecord | null, now: Date, policy: BackoffPolicy): record is FailureRecord {
  return record !== null && now.getTime() < forgetAt(record, policy).getTime();
}

/** Seconds until the key may try again (0: it may now). */
export function retryAfterSeconds(record: FailureRecord | null, now: Date, policy: BackoffPolicy): number {
  if (!record) return 0;
  const ms = lockedUntil(record, policy).getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** One more failure; failures that memory has let go of start again from one. */
export function afterFailure(record: FailureRecord | null, now: Date, policy: BackoffPolicy): FailureRecord {
  return { failures: remembered(record, now, policy) ? record.failures + 1 : 1, lastFailureAt: now };
}

/** May this attempt go ahead? A trusted device answers only to its own pair, never to the account's lock. */
export function decideSignIn(
  state: { pair: FailureRecord | null; account: FailureRecord | null; trustedDevice: boolean },
  now: Date,
  policy: SignInPolicy,
): SignInDecision {
  const pairWait = retryAfterSeconds(state.pair, now, policy.pair);
  if (pairWait > 0) return { allowed: false, scope: 'pair', retryAfterSeconds: pairWait };
  if (!state.trustedDevice) {
    const accountWait = retryAfterSeconds(state.account, now, policy.account);
    if (accountWait > 0) return { allowed: false, scope: 'account', retryAfterSeconds: accountWait };
  }
  return { allowed: true };
}
