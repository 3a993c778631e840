import type { NewNotification } from './notification-kinds';

/**
 * Watching a thread or a forum (Discourse's notification levels, in three steps):
 * - WATCHING: every new reply on the thread (or on any thread of the forum) notifies you;
 * - NORMAL: only what is addressed to you (a mention, a reply to your post);
 * - MUTED: nothing about the thread but a mention, which names you.
 */
export const WATCH_LEVELS = ['WATCHING', 'NORMAL', 'MUTED'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** What is known of one person's relation to a thread when a reply lands in it. */
export interface ThreadRelation {
  userId: string;
  /** The level the person chose (or that starting or replying recorded) for this thread; null: none recorded. */
  threadLevel: WatchLevel | null;
  /** The level the person chose for the thread's forum; null: none. */
  forumLevel: WatchLevel | null;
  startedThread: boolean;
  repliedBefore: boolean;
}

/**
 * The level that applies to a person on a thread: their choice for the thread, else WATCHING when they started it or
 * replied to it (threads from before watching was recorded), else WATCHING when they watch its forum, else NORMAL. A
 * muted forum only takes away its forum-wide watching; a thread-level choice always wins.
 */
export function effectiveLevel(r: Omit<ThreadRelation, 'userId'>): WatchLevel {
  if (r.threadLevel) return r.threadLevel;
  if (r.startedThread || r.repliedBefore) return 'WATCHING';
  return r.forumLevel === 'WATCHING' ? 'WATCHING' : 'NORMAL';
}

export interface ReplyEvent {
  postId: string;
  authorId: string;
  /** The author of the post this reply answers (replyToPostId), if any. */
  quotedAuthorId: string | null;
  /** Users newly mentioned by the reply: they are told by a MENTION, never a second time by REPLY or QUOTED. */
  mentionedUserIds: readonly string[];
}

/**
 * Who is told of a new reply, and how: one notification per person per reply. A mentioned person gets MENTION (written
 * by the mention path), the author of the post it answers QUOTED, everyone else whose level on the thread is WATCHING
 * gets REPLY; a muted thread silences REPLY and QUOTED; the author of the reply is never told. Whether each recipient
 * may still see the post is checked when the rows are written (NotificationsRepository.insertAboutPosts).
 */
export function replyNotifications(event: ReplyEvent, relations: readonly ThreadRelation[]): NewNotification[] {
  const mentioned = new Set(event.mentionedUserIds);
  const byUser = new Map(relations.map((r) => [r.userId, r]));
  if (event.quotedAuthorId && !byUser.has(event.quotedAuthorId)) {
    byUser.set(event.quotedAuthorId, { userId: event.quotedAuthorId, threadLevel: null, forumLevel: null, startedThread: false, repliedBefore: false });
  }
  const out: NewNotification[] = [];
  for (const r of byUser.values()) {
    if (r.userId === event.authorId || mentioned.has(r.userId)) continue;
    const level = effectiveLevel(r);
    if (level === 'MUTED') continue;
    if (r.userId === event.quotedAuthorId) out.push({ recipientId: r.userId, kind: 'QUOTED', actorId: event.authorId, postId: event.postId });
    else if (level === 'WATCHING') out.push({ recipientId: r.userId, kind: 'REPLY', actorId: event.authorId, postId: event.postId });
  }
  return out;
}
