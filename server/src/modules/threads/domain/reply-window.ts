// Which replies a page of `Thread.posts` holds when it is opened around a post number (deep links to `#post-n`):
// pure arithmetic over how many visible replies lie before and from that number, so the page is full whenever the
// thread has enough replies, and the reply itself sits in it (issue 11, deep links on long threads).

/** How many of the rows fetched before (nearest first) and from the post number to keep, and whether more lie beyond. */
export interface ReplyWindow {
  before: number;
  from: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

/**
 * `beforeAvailable` and `fromAvailable` are the visible replies found on each side, each fetched up to `first + 1`.
 * About a third of the page goes before the post (context to read it in), the rest from it; a side with too few
 * replies leaves its room to the other side.
 */
export function replyWindow(first: number, beforeAvailable: number, fromAvailable: number): ReplyWindow {
  const lead = Math.floor(first / 3);
  const before = Math.min(beforeAvailable, Math.max(lead, first - fromAvailable));
  const from = Math.min(fromAvailable, first - before);
  return { before, from, hasPreviousPage: beforeAvailable > before, hasNextPage: fromAvailable > from };
}

export type ReplyPageRequest = { kind: 'after'; afterNumber: number } | { kind: 'before'; beforeNumber: number } | { kind: 'around'; postNumber: number };

export type ReplyPageProblem = { field: 'aroundPostNumber' | 'before'; message: string } | null;

/** One way to place a page: after a cursor, before one, or around a post number; never two at once. */
export function replyPageProblem(args: { after?: unknown; before?: unknown; aroundPostNumber?: unknown }): ReplyPageProblem {
  const given = (v: unknown) => v !== undefined && v !== null;
  if (given(args.aroundPostNumber) && (given(args.after) || given(args.before))) {
    return { field: 'aroundPostNumber', message: 'Give aroundPostNumber without after or before' };
  }
  if (given(args.after) && given(args.before)) return { field: 'before', message: 'Give after or before, not both' };
  return null;
}
