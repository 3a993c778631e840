import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AcceptedAnswerEntity } from '../threads/threads.service';

/**
 * The accepted_answers table: one per thread (UNIQUE(thread_id)) and per post (UNIQUE(post_id)); and the row lock and
 * fresh reads an accept decides on. Reads of accepted answers go through ThreadsService (a thread's status needs them).
 */
@Injectable()
export class AnswersRepository {
  /** Locks the thread row (not its forum's) and returns the fresh thread lock and forum archive state. */
  async lockThreadWithForumState(threadId: string, m: EntityManager): Promise<{ lockedAt: Date | null; archivedAt: Date | null } | null> {
    const [row] = await m.query(
      `SELECT t.locked_at, f.archived_at FROM threads t JOIN forums f ON f.id = t.forum_id WHERE t.id = $1 FOR UPDATE OF t`,
      [threadId],
    );
    return row ? { lockedAt: row.locked_at, archivedAt: row.archived_at } : null;
  }

  /** The post's hidden mark as the transaction sees it; null when there is no such post. */
  async findPostHiddenAt(postId: string, m: EntityManager): Promise<{ hiddenAt: Date | null } | null> {
    const [fresh] = await m.query(`SELECT hidden_at FROM posts WHERE id = $1`, [postId]);
    return fresh ? { hiddenAt: fresh.hidden_at } : null;
  }

  /** Makes the post the thread's accepted answer, replacing any previous one. */
  async upsert(threadId: string, postId: string, acceptedById: string, kind: AcceptedAnswerEntity['kind'], m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO accepted_answers (thread_id, post_id, accepted_by_id, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (thread_id) DO UPDATE SET post_id = EXCLUDED.post_id, accepted_by_id = EXCLUDED.accepted_by_id,
                                              kind = EXCLUDED.kind, accepted_at = now()`,
      [threadId, postId, acceptedById, kind],
    );
  }

  async deleteForThread(threadId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM accepted_answers WHERE thread_id = $1`, [threadId]);
  }

  /** Marks the thread as changed (its accepted answer did). */
  async touchThread(threadId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET updated_at = now() WHERE id = $1`, [threadId]);
  }
}
