import type { EntityManager } from 'typeorm';

/**
 * Set-based recount of thread counters from their visible posts. Callers hold the thread row locks
 * (or run alone, as the importer does); hot paths use increments instead (see posts.service).
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

/** Records that threads changed, in the caller's transaction; the search worker (search issue) drains it. */
export async function enqueueThreadChanges(m: EntityManager, threadIds: readonly string[]): Promise<void> {
  if (!threadIds.length) return;
  await m.query(`INSERT INTO outbox (topic, entity_id) SELECT 'thread', unnest($1::uuid[])`, [[...new Set(threadIds)]]);
}
