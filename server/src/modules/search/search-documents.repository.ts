import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DOCUMENT_TEXT_CAPS, type ThreadIndexFacts } from './domain/search-document';

/**
 * Replies read per thread for its document: the most helpful ones (what answers it) and the newest (so a new reply is
 * always searchable, however long the thread); the document clips their text in that order.
 */
const MOST_HELPFUL_REPLIES = 10;
const NEWEST_REPLIES = 20;
/** A reply's text read for a document: no more than one half of the replies' budget could hold. */
const REPLY_TEXT_MAX = DOCUMENT_TEXT_CAPS.replies / 2;

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
              left(op.body_text, ${DOCUMENT_TEXT_CAPS.opening}) AS "openingText", left(ap.body_text, ${DOCUMENT_TEXT_CAPS.accepted}) AS "acceptedText",
              COALESCE((SELECT array_agg(r.text ORDER BY r.post_number DESC)
                          FROM (SELECT left(p.body_text, ${REPLY_TEXT_MAX}) AS text, p.post_number
                                  FROM posts p
                                 WHERE p.thread_id = t.id AND p.post_number > 1 AND p.hidden_at IS NULL AND p.id IS DISTINCT FROM aa.post_id
                                 ORDER BY p.post_number DESC
                                 LIMIT ${NEWEST_REPLIES}) r), '{}') AS "newestRepliesText",
              COALESCE((SELECT array_agg(r.text ORDER BY r.helpful_count DESC, r.post_number)
                          FROM (SELECT left(p.body_text, ${REPLY_TEXT_MAX}) AS text, p.helpful_count, p.post_number
                                  FROM posts p
                                 WHERE p.thread_id = t.id AND p.post_number > 1 AND p.hidden_at IS NULL AND p.helpful_count > 0
                                   AND p.id IS DISTINCT FROM aa.post_id
                                   AND p.post_number <= t.last_post_number - ${NEWEST_REPLIES}
                                 ORDER BY p.helpful_count DESC, p.post_number
                                 LIMIT ${MOST_HELPFUL_REPLIES}) r), '{}') AS "helpfulRepliesText"
         FROM threads t
         JOIN forums f ON f.id = t.forum_id
         JOIN posts op ON op.thread_id = t.id AND op.post_number = 1
         LEFT JOIN accepted_answers aa ON aa.thread_id = t.id
         LEFT JOIN posts ap ON ap.id = aa.post_id AND ap.hidden_at IS NULL
        WHERE t.id = ANY ($1::uuid[]) AND t.hidden_at IS NULL`,
      [ids],
    );
  }

  /** Queues a thread event for every thread of a forum (hidden ones too: their documents must go), in the caller's transaction. */
  async queueForumThreads(m: EntityManager, forumId: string): Promise<void> {
    await m.query(`INSERT INTO outbox (topic, entity_id) SELECT 'thread', id FROM threads WHERE forum_id = $1 ORDER BY id`, [forumId]);
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
