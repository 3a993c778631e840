import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PendingView } from './domain/thread-views';

export interface UnreadRow {
  threadId: string;
  lastReadPostNumber: number;
  newReplies: number;
}

/** The SQL of thread views (the per-hour marks and the counters they raise) and of members' read markers. */
@Injectable()
export class ReadingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Writes a batch of views in one statement: the marks go in with ON CONFLICT DO NOTHING (a person already counted
   * this hour, by this instance or another, adds nothing), and each thread's counter rises by the marks that went in.
   */
  async flushViews(views: readonly PendingView[]): Promise<void> {
    await this.db.query(
      `WITH marked AS (
         INSERT INTO thread_view_marks (thread_id, viewer_key, hour)
         SELECT v.thread_id, v.viewer_key, v.hour
           FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS v (thread_id, viewer_key, hour)
           JOIN threads t ON t.id = v.thread_id
         ON CONFLICT DO NOTHING
         RETURNING thread_id)
       UPDATE threads t SET view_count = t.view_count + c.n
         FROM (SELECT thread_id, count(*)::int AS n FROM marked GROUP BY thread_id) c
        WHERE t.id = c.thread_id`,
      [views.map((v) => v.threadId), views.map((v) => v.viewerKey), views.map((v) => v.hour)],
    );
  }

  /** Marks of hours that are over are no longer needed to deduplicate. */
  async forgetMarksBefore(hour: Date): Promise<void> {
    await this.db.query(`DELETE FROM thread_view_marks WHERE hour < $1`, [hour]);
  }

  async lastRead(userId: string, threadId: string): Promise<number | null> {
    const [row] = await this.db.query(`SELECT last_read_post_number AS n FROM thread_reads WHERE user_id = $1 AND thread_id = $2`, [userId, threadId]);
    return row ? Number(row.n) : null;
  }

  /** Moves the marker forward (GREATEST: two tabs racing never move it back). */
  async markRead(userId: string, threadId: string, postNumber: number, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO thread_reads (user_id, thread_id, last_read_post_number, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, thread_id) DO UPDATE
         SET last_read_post_number = GREATEST(thread_reads.last_read_post_number, EXCLUDED.last_read_post_number),
             updated_at = EXCLUDED.updated_at`,
      [userId, threadId, postNumber, at],
    );
  }

  /**
   * A member's markers on these threads, with the replies after each that `seesHidden` allows (hidden replies count
   * only for moderators, as they see them). Threads never opened have no row.
   */
  async unread(userId: string, threadIds: readonly string[], seesHidden: boolean): Promise<UnreadRow[]> {
    const rows: Array<{ threadId: string; lastReadPostNumber: number; newReplies: number }> = await this.db.query(
      `SELECT r.thread_id AS "threadId", r.last_read_post_number AS "lastReadPostNumber",
              (SELECT count(*)::int FROM posts p
                WHERE p.thread_id = r.thread_id AND p.post_number > r.last_read_post_number
                  AND ($3::boolean OR p.hidden_at IS NULL)) AS "newReplies"
         FROM thread_reads r
        WHERE r.user_id = $1 AND r.thread_id = ANY ($2::uuid[])`,
      [userId, [...threadIds], seesHidden],
    );
    return rows;
  }
}
