import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ComposerEventRow {
  sessionId: string;
  userId: string;
  kind: string;
  forumId: string | null;
  threadIds: string[];
}

/** The composer's deflection events (what suggestions did for a person about to post), for staff analytics. */
@Injectable()
export class ComposerEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** How many events a session holds, and whether someone other than `userId` wrote any of them. */
  async sessionFacts(sessionId: string, userId: string): Promise<{ count: number; foreign: boolean }> {
    const [row] = await this.db.query(`SELECT count(*)::int AS count, bool_or(user_id <> $2) IS TRUE AS foreign FROM composer_events WHERE session_id = $1`, [
      sessionId,
      userId,
    ]);
    return row;
  }

  /** Events a person recorded in the last hour (a cap across sessions: a new session id per call gains nothing). */
  async recentByUser(userId: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM composer_events WHERE user_id = $1 AND created_at > now() - interval '1 hour' LIMIT 10000) e`,
      [userId],
    );
    return n;
  }

  async insert(e: ComposerEventRow): Promise<void> {
    await this.db.query(
      `INSERT INTO composer_events (session_id, user_id, kind, forum_id, thread_ids)
       SELECT $1, $2, $3, (SELECT id FROM forums WHERE id = $4::uuid), $5::uuid[]`,
      [e.sessionId, e.userId, e.kind, e.forumId, e.threadIds],
    );
  }

  /** One session's events in order (tests and, later, the staff analytics). */
  async session(sessionId: string): Promise<Array<{ kind: string; threadIds: string[]; forumId: string | null }>> {
    return this.db.query(`SELECT kind, thread_ids AS "threadIds", forum_id AS "forumId" FROM composer_events WHERE session_id = $1 ORDER BY id`, [sessionId]);
  }
}
