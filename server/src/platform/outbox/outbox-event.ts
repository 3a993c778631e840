/**
 * What a write tells search (and later notifications) through the outbox. Each event names one changed entity by id
 * only: the worker rebuilds what it shows from PostgreSQL, so an event never carries a copy that could go stale.
 * Platform knows no module, hence plain ids here and no entity types.
 *
 * Topics are stored as they are spelled here; `thread` is the spelling rows had before this type existed.
 */
export type OutboxEvent =
  /** A thread, its posts, answer, moderation state or forum changed: reindex that thread. */
  | { topic: 'thread'; threadId: string }
  /** A forum's name, slug, description, product area or archive state changed: reindex its threads. */
  | { topic: 'forum'; forumId: string }
  /** A user's display name changed: reindex the threads that show them as an author. */
  | { topic: 'user'; userId: string };

export type OutboxTopic = OutboxEvent['topic'];

/** The entity an event names, as stored in `outbox.entity_id`. */
export function outboxEntityId(event: OutboxEvent): string {
  switch (event.topic) {
    case 'thread':
      return event.threadId;
    case 'forum':
      return event.forumId;
    case 'user':
      return event.userId;
  }
}
