import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { byKeys, groupByKeys, type LoaderRegistry } from '../../platform/graphql/loaders';
import { visibleSql, type ReadScope } from '../forums/domain/read-scope';
import type { NewPostBody } from '../threads/threads.service';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { REVISIONS_BY_POST, USER_STATS, votesByViewer } from './loader-keys';

/** The most revisions one request reads per post (the history shows the latest ones). */
export const REVISIONS_MAX = 100;

/**
 * The SQL of replies and what hangs off posts: helpful votes, hiding, the revision history and each user's activity.
 * Post rows are read through ThreadsService (the data core); writes take the caller's transaction.
 */
@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Locks a visible thread's row for a reply and returns its fresh lock state; null when it is gone or hidden. */
  async lockThreadForReply(threadId: string, m: EntityManager): Promise<{ lockedAt: Date | null } | null> {
    const [locked] = await m.query(`SELECT locked_at FROM threads WHERE id = $1 AND hidden_at IS NULL FOR UPDATE`, [threadId]);
    return locked ? { lockedAt: locked.locked_at } : null;
  }

  /** Locks the thread row and returns its forum, or null when there is no such thread. */
  async lockThreadForRecount(threadId: string, m: EntityManager): Promise<{ id: string; forumId: string } | null> {
    const [thread] = await m.query(`SELECT id, forum_id FROM threads WHERE id = $1 FOR UPDATE`, [threadId]);
    return thread ? { id: thread.id, forumId: thread.forum_id } : null;
  }

  /** Writes a reply's new body. */
  async updateBody(postId: string, body: NewPostBody, revision: number, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE posts SET body_source = $2, body_html = $3, body_text = $4, body_format = 'markdown', revision_count = $5, edited_at = now() WHERE id = $1`,
      [postId, body.bodySource, body.bodyHtml, body.bodyText, revision],
    );
  }

  /** Hides (keeping the first hiding's time) or restores a post. */
  async setHidden(postId: string, hidden: boolean, byUserId: string | null, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE posts SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END, hidden_by_id = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
      [postId, hidden, byUserId],
    );
  }

  /** Drops the accepted mark on a post (when it is hidden). */
  async deleteAcceptedMark(postId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM accepted_answers WHERE post_id = $1`, [postId]);
  }

  /** Records a helpful vote; false when this user had already voted for the post. */
  async addVote(postId: string, userId: string, m: EntityManager): Promise<boolean> {
    const inserted = await m.query(`INSERT INTO post_votes (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id`, [postId, userId]);
    return inserted.length > 0;
  }

  /** Withdraws a helpful vote; false when there was none. */
  async removeVote(postId: string, userId: string, m: EntityManager): Promise<boolean> {
    const deleted = await m.query(`DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2 RETURNING post_id`, [postId, userId]);
    return !!deleted[0]?.length;
  }

  /** Which of these posts the viewer marked helpful: one query for the whole page. */
  viewerVoteLoader(loaders: LoaderRegistry, userId: string) {
    return loaders.get(votesByViewer(userId), async (postIds) => {
      const rows: Array<{ post_id: string }> = await this.db.query(`SELECT post_id FROM post_votes WHERE user_id = $1 AND post_id = ANY ($2::uuid[])`, [
        userId,
        [...postIds],
      ]);
      const voted = new Set(rows.map((r) => r.post_id));
      return postIds.map((id) => voted.has(id));
    });
  }

  /**
   * The latest REVISIONS_MAX + 1 revisions of each post, oldest first (the extra one is the "previous" of the oldest
   * shown, for its diff status): a post edited a thousand times costs no more to read than one edited a hundred.
   */
  revisionsLoader(loaders: LoaderRegistry) {
    return loaders.get(REVISIONS_BY_POST, async (postIds) => {
      const rows = await this.db
        .getRepository(PostRevisionEntity)
        .createQueryBuilder('r')
        .where(
          `r.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY post_id ORDER BY revision DESC) AS n
                                      FROM post_revisions WHERE post_id = ANY (CAST(:postIds AS uuid[]))) latest
                     WHERE n <= :max)`,
          { postIds: [...postIds], max: REVISIONS_MAX + 1 },
        )
        .orderBy('r.revision', 'ASC')
        .getMany();
      return groupByKeys(postIds, rows, (r) => r.postId);
    });
  }

  /**
   * Post and accepted-answer counts per user, counting only what this viewer may see (a private forum's posts
   * must not show up as a number either); batched per request.
   */
  userStatsLoader(loaders: LoaderRegistry, scope: ReadScope) {
    return loaders.get(USER_STATS, async (userIds) => {
      const params: unknown[] = [[...userIds]];
      // Counts never include hidden posts or threads, for anyone; private forums only for those who may see them.
      const visible = visibleSql(scope, { forum: 'f' }, params);
      const rows: Array<{ id: string; postCount: number; acceptedAnswerCount: number }> = await this.db.query(
        `SELECT u.id,
                (SELECT count(*) FROM posts p JOIN threads t ON t.id = p.thread_id JOIN forums f ON f.id = t.forum_id
                  WHERE p.author_id = u.id AND p.hidden_at IS NULL AND t.hidden_at IS NULL AND ${visible})::int AS "postCount",
                (SELECT count(*) FROM accepted_answers a JOIN posts p ON p.id = a.post_id JOIN threads t ON t.id = a.thread_id
                   JOIN forums f ON f.id = t.forum_id
                  WHERE p.author_id = u.id AND t.hidden_at IS NULL AND ${visible})::int AS "acceptedAnswerCount"
           FROM unnest($1::uuid[]) AS u(id)`,
        params,
      );
      return byKeys(userIds, rows, (r) => r.id, { id: '', postCount: 0, acceptedAnswerCount: 0 }) as Array<{ postCount: number; acceptedAnswerCount: number }>;
    });
  }
}
