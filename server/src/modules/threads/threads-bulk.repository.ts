import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BULK_INSERT_ROWS, batchesOf, insertInBatches, insertSelectSql } from '../../platform/database/insert-rows';
import { POST_INSERT_COLUMNS, REVISION_INSERT_COLUMNS, type PostRow } from './post-versions.repository';
import { THREAD_INSERT_COLUMNS, type ThreadRow } from './threads.repository';

/** A thread from another community, found again by its source key (threads.imported_from) on a rerun. */
export type ImportedThreadRow = ThreadRow & { importedFrom: string };

/** A post from another community, found again by its source key (posts.imported_from) on a rerun. */
export type ImportedPostRow = PostRow & { importedFrom: string };

/**
 * The bulk SQL of threads, posts and revisions, for an importer inside its own transaction (every method takes its
 * EntityManager): lookups by source key, and multi-row INSERTs of BULK_INSERT_ROWS through the same column lists as
 * the per-row inserts (THREAD_INSERT_COLUMNS, POST_INSERT_COLUMNS, REVISION_INSERT_COLUMNS). Rows whose source key
 * exists already are skipped (ON CONFLICT DO NOTHING), so a rerun adds only what is new.
 */
@Injectable()
export class ThreadsBulkRepository {
  /** The threads imported under these source keys, with their forum. */
  async findImported(keys: readonly string[], m: EntityManager): Promise<Array<{ id: string; importedFrom: string; forumId: string }>> {
    const rows: Array<{ id: string; imported_from: string; forum_id: string }> = await m.query(
      `SELECT id, imported_from, forum_id FROM threads WHERE imported_from = ANY ($1::text[])`,
      [keys],
    );
    return rows.map((r) => ({ id: r.id, importedFrom: r.imported_from, forumId: r.forum_id }));
  }

  /** Inserts threads in batches (`onBatch` hears each batch's size); returns the inserted ones' ids and source keys. */
  async insertThreads(
    rows: Iterable<ImportedThreadRow>,
    m: EntityManager,
    onBatch?: (rows: number) => void,
  ): Promise<Array<{ id: string; importedFrom: string }>> {
    const inserted = await insertInBatches<ImportedThreadRow, { id: string; imported_from: string }>(
      THREAD_INSERT_COLUMNS,
      rows,
      'ON CONFLICT (imported_from) DO NOTHING RETURNING id, imported_from',
      (sql, params) => m.query(sql, params),
      onBatch,
    );
    return inserted.map((r) => ({ id: r.id, importedFrom: r.imported_from }));
  }

  /**
   * Sets imported threads' updated_at to their date in the dump, or their last activity when that is later
   * (a recount stamps updated_at with the time of the import).
   */
  async setUpdatedAt(threads: ReadonlyArray<{ id: string; updatedAt: Date }>, m: EntityManager): Promise<void> {
    if (!threads.length) return;
    await m.query(
      `UPDATE threads t SET updated_at = greatest(x.updated_at, t.last_activity_at)
         FROM unnest($1::uuid[], $2::timestamptz[]) AS x (id, updated_at)
        WHERE t.id = x.id`,
      [threads.map((t) => t.id), threads.map((t) => t.updatedAt)],
    );
  }

  /** Locks these threads' rows in id order and returns each one's last post number (replies new to them go after it). */
  async lockLastPostNumbers(threadIds: readonly string[], m: EntityManager): Promise<Map<string, number>> {
    const rows: Array<{ id: string; last_post_number: number }> = await m.query(
      `SELECT id, last_post_number FROM threads WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`,
      [threadIds],
    );
    return new Map(rows.map((r) => [r.id, r.last_post_number]));
  }

  /** Which of these source keys posts were imported under already. */
  async importedPostKeys(keys: readonly string[], m: EntityManager): Promise<string[]> {
    const rows: Array<{ imported_from: string }> = await m.query(`SELECT imported_from FROM posts WHERE imported_from = ANY ($1::text[])`, [keys]);
    return rows.map((r) => r.imported_from);
  }

  /**
   * Inserts posts in batches, reading `rows` only as far as each batch (so a lazy iterable renders bodies batch by
   * batch); `onBatch` hears each batch's size. Returns the inserted posts' ids and threads.
   */
  async insertPosts(rows: Iterable<ImportedPostRow>, m: EntityManager, onBatch?: (rows: number) => void): Promise<Array<{ id: string; threadId: string }>> {
    const inserted = await insertInBatches<ImportedPostRow, { id: string; thread_id: string }>(
      POST_INSERT_COLUMNS,
      rows,
      'ON CONFLICT (imported_from) DO NOTHING RETURNING id, thread_id',
      (sql, params) => m.query(sql, params),
      onBatch,
    );
    return inserted.map((r) => ({ id: r.id, threadId: r.thread_id }));
  }

  /**
   * Revision 1 of each of these posts as a snapshot of the post as stored: its author, its text, its last edit (or
   * creation) as the date; title and tags only for opening posts.
   */
  async insertFirstRevisions(postIds: readonly string[], m: EntityManager): Promise<void> {
    const insert = insertSelectSql(REVISION_INSERT_COLUMNS, {
      postId: 'p.id',
      revision: '1',
      editorId: 'p.author_id',
      title: 'CASE WHEN p.post_number = 1 THEN t.title END',
      tags: 'CASE WHEN p.post_number = 1 THEN t.tags END',
      bodySource: 'p.body_source',
      createdAt: 'coalesce(p.edited_at, p.created_at)',
    });
    // Only ids go over the wire here, so four insert batches' worth per statement.
    for (const batch of batchesOf(postIds, BULK_INSERT_ROWS * 4)) {
      await m.query(
        `${insert}
           FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.id = ANY ($1::uuid[])
         ON CONFLICT (post_id, revision) DO NOTHING`,
        [batch],
      );
    }
  }
}
