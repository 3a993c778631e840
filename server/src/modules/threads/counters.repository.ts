import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Set-based recount of thread counters from their visible posts. Callers hold the thread row locks
 * (or run alone, as the importer does); hot paths use the increments of CountersRepository instead.
 */
export async function recountThreads(m: EntityManager, threadIds: readonly string[]): Promise<void> {
  if (!threadIds.length) return;
  await m.query(
    `UPDATE threads t
        SET reply_count = s.replies,
            helpful_count = s.helpful,
            last_activity_at = s.last_at,
            last_poster_id = s.last_author,
            first_staff_reply_at = s.first_staff,
            last_post_number = greatest(t.last_post_number, s.max_number),
            updated_at = now()
       FROM (
         SELECT p.thread_id,
                count(*) FILTER (WHERE p.post_number > 1)::int AS replies,
                coalesce(sum(p.helpful_count), 0)::int AS helpful,
                max(p.created_at) AS last_at,
                (array_agg(p.author_id ORDER BY p.created_at DESC, p.post_number DESC))[1] AS last_author,
                min(p.created_at) FILTER (WHERE p.post_number > 1 AND u.roles && '{STAFF,ADMIN}'::text[]) AS first_staff,
                max(p.post_number) AS max_number
           FROM posts p JOIN users u ON u.id = p.author_id
          WHERE p.thread_id = ANY ($1::uuid[]) AND p.hidden_at IS NULL
          GROUP BY p.thread_id
       ) s
      WHERE t.id = s.thread_id`,
    [threadIds],
  );
}

/** Recounts forum counters; call with the forum rows locked (SELECT ... FOR UPDATE) or from a lone importer. */
export async function recountForums(m: EntityManager, forumIds: readonly string[]): Promise<void> {
  if (!forumIds.length) return;
  await m.query(
    `UPDATE forums f
        SET thread_count = (SELECT count(*) FROM threads t WHERE t.forum_id = f.id AND t.hidden_at IS NULL),
            post_count = (SELECT count(*) FROM posts p JOIN threads t ON t.id = p.thread_id
                           WHERE t.forum_id = f.id AND t.hidden_at IS NULL AND p.hidden_at IS NULL),
            last_activity_at = (SELECT max(t.last_activity_at) FROM threads t WHERE t.forum_id = f.id AND t.hidden_at IS NULL),
            last_thread_id = (SELECT t.id FROM threads t WHERE t.forum_id = f.id AND t.hidden_at IS NULL
                               ORDER BY t.last_activity_at DESC, t.id DESC LIMIT 1),
            updated_at = now()
      WHERE f.id = ANY ($1::uuid[])`,
    [forumIds],
  );
}

/** Locks forum rows in id order (a fixed order, so concurrent movers cannot deadlock). */
export async function lockForums(m: EntityManager, forumIds: readonly string[]): Promise<void> {
  const ids = [...new Set(forumIds)].sort();
  if (ids.length) await m.query(`SELECT id FROM forums WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
}

/** Where a reply landed: its number, the thread's clock under the lock, and the thread's forum. */
export interface CountedReply {
  postNumber: number;
  at: Date;
  forumId: string;
}

/**
 * Thread and forum counters (replies, helpful votes, threads and posts per forum, last activity), in one place:
 * the increments of the hot paths, run under the thread row lock, and the set-wise recounts for hiding, restoring
 * and moving, run under the thread and forum row locks. Every method takes the caller's transaction.
 */
@Injectable()
export class CountersRepository {
  /**
   * Counts a new thread (and its opening post) in its forum. False when the forum was archived since it was read:
   * "AND archived_at IS NULL" re-checks under the row lock, so an archived forum takes nothing.
   */
  async countNewThread(forumId: string, threadId: string, at: Date, m: EntityManager): Promise<boolean> {
    const [counted] = await m.query(
      `UPDATE forums SET thread_count = thread_count + 1, post_count = post_count + 1, updated_at = now(),
                last_thread_id = CASE WHEN $3 >= coalesce(last_activity_at, '-infinity') THEN $2 ELSE last_thread_id END,
                last_activity_at = greatest(coalesce(last_activity_at, $3), $3)
          WHERE id = $1 AND archived_at IS NULL RETURNING id`,
      [forumId, threadId, at],
    );
    return counted.length > 0;
  }

  /**
   * Advances the thread for one more reply and returns its post number and time; call with the thread row locked.
   * The clock is read here, under the lock, so created_at, post_number and last_activity_at agree on the order.
   */
  async countReply(threadId: string, authorId: string, byStaff: boolean, m: EntityManager): Promise<CountedReply> {
    const [[row]] = await m.query(
      `UPDATE threads SET last_post_number = last_post_number + 1, reply_count = reply_count + 1,
                last_activity_at = clock_timestamp(), last_poster_id = $2, updated_at = now(),
                first_staff_reply_at = CASE WHEN $3 THEN coalesce(first_staff_reply_at, clock_timestamp()) ELSE first_staff_reply_at END
          WHERE id = $1 RETURNING last_post_number, last_activity_at, forum_id`,
      [threadId, authorId, byStaff],
    );
    return { postNumber: row.last_post_number, at: row.last_activity_at, forumId: row.forum_id };
  }

  /** Counts a reply in its forum; false when the forum was archived since it was read (re-checked under the row lock). */
  async countReplyInForum(forumId: string, threadId: string, at: Date, m: EntityManager): Promise<boolean> {
    const [counted] = await m.query(
      `UPDATE forums SET post_count = post_count + 1, updated_at = now(),
                last_thread_id = CASE WHEN $3 >= coalesce(last_activity_at, '-infinity') THEN $2 ELSE last_thread_id END,
                last_activity_at = greatest(coalesce(last_activity_at, $3), $3)
          WHERE id = $1 AND archived_at IS NULL RETURNING id`,
      [forumId, threadId, at],
    );
    return counted.length > 0;
  }

  /** Counts a new helpful vote: thread row first, then the post, the same lock order as every other writer. */
  async countVote(threadId: string, postId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET helpful_count = helpful_count + 1 WHERE id = $1`, [threadId]);
    await m.query(`UPDATE posts SET helpful_count = helpful_count + 1 WHERE id = $1`, [postId]);
  }

  /** Uncounts a withdrawn helpful vote, in the same lock order as countVote. */
  async uncountVote(threadId: string, postId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET helpful_count = helpful_count - 1 WHERE id = $1`, [threadId]);
    await m.query(`UPDATE posts SET helpful_count = helpful_count - 1 WHERE id = $1`, [postId]);
  }

  /** Locks forum rows in id order before a recount (see lockForums). */
  lockForums(forumIds: readonly string[], m: EntityManager): Promise<void> {
    return lockForums(m, forumIds);
  }

  /** Recounts threads from their visible posts; call with the thread rows locked. */
  recountThreads(threadIds: readonly string[], m: EntityManager): Promise<void> {
    return recountThreads(m, threadIds);
  }

  /** Recounts forums from their visible threads and posts; call with the forum rows locked. */
  recountForums(forumIds: readonly string[], m: EntityManager): Promise<void> {
    return recountForums(m, forumIds);
  }
}
