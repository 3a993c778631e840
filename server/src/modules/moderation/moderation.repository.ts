import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ThreadModerationActionEnum } from './models/enums';

/** What each moderation action does to the thread row. */
const MODERATION_UPDATES: Record<ThreadModerationActionEnum, string> = {
  LOCK: 'locked_at = coalesce(locked_at, now())',
  UNLOCK: 'locked_at = NULL',
  PIN: 'pinned_at = coalesce(pinned_at, now())',
  UNPIN: 'pinned_at = NULL',
  HIDE: 'hidden_at = coalesce(hidden_at, now())',
  RESTORE: 'hidden_at = NULL',
};

/**
 * What moderators change: a thread's lock, pin, visibility and forum, and the purge of an earlier revision's text.
 * Every write takes the caller's transaction (the moderation log entry goes in the same one).
 */
@Injectable()
export class ModerationRepository {
  /** Locks the thread row until the transaction ends. */
  async lockThread(threadId: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [threadId]);
  }

  /** Locks, unlocks, pins, unpins, hides or restores the thread (each idempotent). */
  async applyToThread(threadId: string, action: ThreadModerationActionEnum, m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET ${MODERATION_UPDATES[action]}, updated_at = now() WHERE id = $1`, [threadId]);
  }

  async moveThread(threadId: string, forumId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET forum_id = $2, updated_at = now() WHERE id = $1`, [threadId, forumId]);
  }

  /** Locks the post row for a redaction and returns its revision count. */
  async lockRevisionCount(postId: string, m: EntityManager): Promise<number> {
    const [row] = await m.query(`SELECT revision_count FROM posts WHERE id = $1 FOR UPDATE`, [postId]);
    return row.revision_count;
  }

  /**
   * Purges an earlier revision's text and diff (the first redaction's time and redactor stay). False when there is
   * no such revision.
   */
  async redactRevision(postId: string, revision: number, byUserId: string | null, m: EntityManager): Promise<boolean> {
    const [[target]] = await m.query(
      `UPDATE post_revisions SET body_source = '', title = NULL, body_diff = NULL, redacted_at = coalesce(redacted_at, now()), redacted_by_id = coalesce(redacted_by_id, $3)
          WHERE post_id = $1 AND revision = $2 RETURNING id`,
      [postId, revision, byUserId],
    );
    return !!target;
  }

  /** Drops one revision's diff (the one after a redacted revision shows the removed lines). */
  async dropRevisionDiff(postId: string, revision: number, m: EntityManager): Promise<void> {
    await m.query(`UPDATE post_revisions SET body_diff = NULL WHERE post_id = $1 AND revision = $2`, [postId, revision]);
  }
}
