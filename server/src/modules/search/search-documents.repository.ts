import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ThreadIndexFacts } from './domain/search-document';

/**
 * Replies read per thread for its document: the most helpful ones (what answers it) and the newest (so a new reply is
 * always searchable, however long the thread); the document clips their text in that order.
 */
const MOST_HELPFUL_REPLIES = 10;
const NEWEST_REPLIES = 20;

/**
 * What the search index is built from: one row per visible (not hidden) thread, read in the caller's transaction
 * (the sync worker's, so a document is built from one consistent state).
 */
@Injectable()
export class SearchDocumentsRepository {
  /** Facts of the threads among `ids` that should have a document; a missing id should have none (hidden, gone). */
  async facts(m: EntityManager, ids: readonly string[]): Promise<ThreadIndexFacts[]> {
    if (!ids.length) return [];
    return m.query(
      `SELECT t.id, t.title, t.tags, t.forum_id AS "forumId", f.name AS "forumName", f.product_area AS "productArea",
              f.group_id AS "groupId", (aa.post_id IS NOT NULL) AS solved, (t.first_staff_reply_at IS NOT NULL) AS "hasStaffAnswer",
              t.reply_count AS "replyCount", t.created_at AS "createdAt", t.last_activity_at AS "lastActivityAt",
              op.body_text AS "openingText", ap.body_text AS "acceptedText",
              COALESCE((SELECT array_agg(r.text ORDER BY r.helpful_count DESC, r.post_number DESC)
                          FROM ((SELECT p.id, left(p.body_text, 8000) AS text, p.helpful_count, p.post_number
                                   FROM posts p
                                  WHERE p.thread_id = t.id AND p.post_number > 1 AND p.hidden_at IS NULL AND p.helpful_count > 0
                                    AND p.id IS DISTINCT FROM aa.post_id
                                  ORDER BY p.helpful_count DESC, p.post_number
                                  LIMIT ${MOST_HELPFUL_REPLIES})
                                UNION
                                (SELECT p.id, left(p.body_text, 8000) AS text, p.helpful_count, p.post_number
                                   FROM posts p
                                  WHERE p.thread_id = t.id AND p.post_number > 1 AND p.hidden_at IS NULL
                                    AND p.id IS DISTINCT FROM aa.post_id
                                  ORDER BY p.post_number DESC
                                  LIMIT ${NEWEST_REPLIES})) r), '{}') AS "repliesText"
         FROM threads t
         JOIN forums f ON f.id = t.forum_id
         JOIN posts op ON op.thread_id = t.id AND op.post_number = 1
         LEFT JOIN accepted_answers aa ON aa.thread_id = t.id
         LEFT JOIN posts ap ON ap.id = aa.post_id AND ap.hidden_at IS NULL
        WHERE t.id = ANY ($1::uuid[]) AND t.hidden_at IS NULL`,
      [ids],
    );
  }

  /** One page of a forum's thread ids (all of them, hidden ones too: their documents must go), by id. */
  async forumThreadIds(m: EntityManager, forumId: string, afterId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM threads WHERE forum_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`, [
      forumId,
      afterId,
      limit,
    ]);
    return rows.map((r) => r.id);
  }

  /** One page of every thread id, by id (reindex). */
  async allThreadIds(m: EntityManager, afterId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM threads WHERE ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`, [afterId, limit]);
    return rows.map((r) => r.id);
  }

  async threadCount(m: EntityManager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM threads`);
    return n;
  }

  /** Every forum id: a `forum` outbox event each rebuilds the whole index through the worker. */
  async allForumIds(m: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(`SELECT id FROM forums ORDER BY id`);
    return rows.map((r) => r.id);
  }
}
