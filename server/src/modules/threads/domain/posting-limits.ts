/**
 * Flood control for posting (issue 6 §3): each user may post `limit` times per window, in a burst or spread out;
 * new accounts get a smaller allowance, staff and moderators a larger one. Edits have their own allowance.
 * The allowance is GCRA (a token bucket kept as one timestamp, the "theoretical arrival time"): exact, one row
 * per user and action, and it says precisely when the next post fits. Pure: the service keeps the timestamp in
 * PostgreSQL and takes it under a per-user lock, so concurrent requests cannot all pass.
 */

export type PostingAction = 'post' | 'edit';
export type PostingTier = 'new' | 'member' | 'staff';

export interface PostingPolicy {
  windowSeconds: number;
  /** An account younger than this is "new". */
  newAccountSeconds: number;
  /** Actions per window, by action and tier. */
  limits: Record<PostingAction, Record<PostingTier, number>>;
}

export type PostingDecision = { allowed: true; nextTat: Date } | { allowed: false; retryAfterSeconds: number };

export function postingTier(user: { createdAt: Date; staffOrModerator: boolean }, now: Date, policy: PostingPolicy): PostingTier {
  if (user.staffOrModerator) return 'staff';
  return now.getTime() - user.createdAt.getTime() < policy.newAccountSeconds * 1000 ? 'new' : 'member';
}

/**
 * GCRA: each action moves the user's theoretical arrival time `window / limit` later; an action is allowed while
 * that time stays within one window of now. So `limit` actions may come at once, then one per `window / limit`.
 */
export function takePostingSlot(tat: Date | null, now: Date, limit: number, windowSeconds: number): PostingDecision {
  const windowMs = windowSeconds * 1000;
  const intervalMs = windowMs / Math.max(1, limit);
  const start = Math.max(tat?.getTime() ?? now.getTime(), now.getTime());
  const nextTat = start + intervalMs;
  const allowedAt = nextTat - windowMs;
  if (allowedAt > now.getTime()) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((allowedAt - now.getTime()) / 1000)) };
  return { allowed: true, nextTat: new Date(nextTat) };
}
