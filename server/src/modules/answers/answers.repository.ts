import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BULK_INSERT_ROWS, batchesOf, insertColumns, insertSelectSql, insertValuesSql } from '../../platform/database/insert-rows';
import type { AcceptedAnswerEntity } from '../threads/threads.service';

/** An accepted_answers row (a field left undefined takes the column's default). */
interface AcceptedAnswerRow {
  threadId: string;
  postId: string;
  acceptedById: string;
  kind: AcceptedAnswerEntity['kind'];
  acceptedAt?: Date;
}

/** The columns every insert into accepted_answers writes: an accept in the app and the importer's. */
const ACCEPTED_ANSWER_INSERT_COLUMNS = insertColumns<AcceptedAnswerRow>('accepted_answers', {
  threadId: 'thread_id',
  postId: 'post_id',
  acceptedById: 'accepted_by_id',
  kind: 'kind',
  acceptedAt: 'accepted_at',
});

/**
 * The accepted_answers table: one per thread (UNIQUE(thread_id)) and per post (UNIQUE(post_id)); and the row lock and
 * fresh reads an accept decides on. Reads of accepted answers go through ThreadsService (a thread's status needs them).
 */
@Injectable()
export class AnswersRepository {
  /** Locks the thread row (not its forum's) and returns the fresh thread lock and forum archive state. */
  async lockThreadWithForumState(threadId: string, m: EntityManager): Promise<{ lockedAt: Date | null; archivedAt: Date | null } | null> {
    const [row] = await m.query(`SELECT t.locked_at, f.archived_at FROM threads t JOIN forums f ON f.id = t.forum_id WHERE t.id = $1 FOR UPDATE OF t`, [
      threadId,
    ]);
    return row ? { lockedAt: row.locked_at, archivedAt: row.archived_at } : null;
  }

  /** The post's hidden mark as the transaction sees it; null when there is no such post. */
  /** The thread's accepted answer before a change (read under the thread row lock). */
  async findAccepted(threadId: string, m: EntityManager): Promise<{ postId: string; kind: AcceptedAnswerEntity['kind'] } | null> {
    const [row] = await m.query(`SELECT post_id AS "postId", kind FROM accepted_answers WHERE thread_id = $1`, [threadId]);
    return row ?? null;
  }

  async findPostHiddenAt(postId: string, m: EntityManager): Promise<{ hiddenAt: Date | null } | null> {
    const [fresh] = await m.query(`SELECT hidden_at FROM posts WHERE id = $1`, [postId]);
    return fresh ? { hiddenAt: fresh.hidden_at } : null;
  }

  /** Makes the post the thread's accepted answer, replacing any previous one. */
  async upsert(threadId: string, postId: string, acceptedById: string, kind: AcceptedAnswerEntity['kind'], m: EntityManager): Promise<void> {
    const { sql, params } = insertValuesSql(ACCEPTED_ANSWER_INSERT_COLUMNS, [{ threadId, postId, acceptedById, kind }]);
    await m.query(
      `${sql} ON CONFLICT (thread_id) DO UPDATE SET post_id = EXCLUDED.post_id, accepted_by_id = EXCLUDED.accepted_by_id,
                                                   kind = EXCLUDED.kind, accepted_at = now()`,
      params,
    );
  }

  /**
   * Records the asker accepting each pair's answer when it was posted, for pairs of thread and post source keys
   * (imported_from) whose post is in that thread; a thread or post that has one already is skipped. In batches of
   * BULK_INSERT_ROWS (`onBatch` hears each batch's size); returns the threads that got one.
   */
  async insertImported(pairs: ReadonlyArray<{ threadKey: string; postKey: string }>, m: EntityManager, onBatch?: (rows: number) => void): Promise<string[]> {
    const insert = insertSelectSql(ACCEPTED_ANSWER_INSERT_COLUMNS, {
      threadId: 't.id',
      postId: 'p.id',
      acceptedById: 't.author_id',
      kind: `'ASKER'`,
      acceptedAt: 'p.created_at',
    });
    const threadIds: string[] = [];
    for (const batch of batchesOf(pairs, BULK_INSERT_ROWS)) {
      const rows: Array<{ thread_id: string }> = await m.query(
        `${insert}
           FROM unnest($1::text[], $2::text[]) AS x (thread_key, post_key)
           JOIN threads t ON t.imported_from = x.thread_key
           JOIN posts p ON p.imported_from = x.post_key AND p.thread_id = t.id
         ON CONFLICT DO NOTHING RETURNING thread_id`,
        [batch.map((pair) => pair.threadKey), batch.map((pair) => pair.postKey)],
      );
      threadIds.push(...rows.map((r) => r.thread_id));
      onBatch?.(batch.length);
    }
    return threadIds;
  }

  async deleteForThread(threadId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM accepted_answers WHERE thread_id = $1`, [threadId]);
  }

  /** Marks the thread as changed (its accepted answer did). */
  async touchThread(threadId: string, m: EntityManager): Promise<void> {
    await m.query(`UPDATE threads SET updated_at = now() WHERE id = $1`, [threadId]);
  }
}
