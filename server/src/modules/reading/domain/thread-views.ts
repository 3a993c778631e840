import { createHash } from 'node:crypto';

/** How many distinct views an instance keeps before flushing early; beyond it, views wait for the flush or are dropped. */
export const MAX_PENDING_VIEWS = 10_000;

const HOUR_MS = 3_600_000;

/**
 * Who viewed, for "one view per person per thread per hour": a signed-in member by user id; anyone else by a hash of
 * their client address and user agent (never stored in the clear).
 */
export function viewerKey(userId: string | null, clientAddress: string, userAgent: string): string {
  if (userId) return `u:${userId}`;
  return `a:${createHash('sha256').update(`${clientAddress}\n${userAgent}`).digest('base64url')}`;
}

/** The start of the clock hour `at` falls in: a person's views of a thread within one hour count once. */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

export interface PendingView {
  threadId: string;
  viewerKey: string;
  hour: Date;
}

/** The key that makes a pending view unique in an instance's buffer (the same as the table's primary key). */
export function pendingKey(view: PendingView): string {
  return `${view.threadId}|${view.viewerKey}|${view.hour.toISOString()}`;
}

/** The post number a member has read up to: never past the thread's last post, never backwards. */
export function nextReadPostNumber(previous: number | null, requested: number, lastPostNumber: number): number {
  const clamped = Math.max(1, Math.min(requested, lastPostNumber));
  return previous === null ? clamped : Math.max(previous, clamped);
}
