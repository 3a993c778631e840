import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CountersRepository } from './counters.repository';
import { ThreadsBulkRepository, type ImportedPostRow, type ImportedThreadRow } from './threads-bulk.repository';
import { ThreadsRepository } from './threads.repository';

/**
 * What an importer writes into threads, posts and revisions, inside its own transaction (every method takes its
 * EntityManager), found again by source key (imported_from) on a rerun. The inserts write the same column lists as the
 * app's (see ThreadsBulkRepository); the counters, dates and search outbox of what changed are set in one step.
 */
@Injectable()
export class ThreadImportsService {
  constructor(
    private readonly bulk: ThreadsBulkRepository,
    private readonly counters: CountersRepository,
    private readonly threads: ThreadsRepository,
  ) {}

  /** The threads imported under these source keys, with their forum. */
  findThreads(keys: readonly string[], m: EntityManager): Promise<Array<{ id: string; importedFrom: string; forumId: string }>> {
    return this.bulk.findImported(keys, m);
  }

  /** Inserts threads in batches (`onBatch` hears each batch's size); returns the inserted ones' ids and source keys. */
  insertThreads(rows: Iterable<ImportedThreadRow>, m: EntityManager, onBatch?: (rows: number) => void): Promise<Array<{ id: string; importedFrom: string }>> {
    return this.bulk.insertThreads(rows, m, onBatch);
  }

  /** Locks these threads in id order and returns their last post numbers (new replies go after them). */
  lockLastPostNumbers(threadIds: readonly string[], m: EntityManager): Promise<Map<string, number>> {
    return this.bulk.lockLastPostNumbers(threadIds, m);
  }

  /** Which of these source keys posts were imported under already. */
  importedPostKeys(keys: readonly string[], m: EntityManager): Promise<string[]> {
    return this.bulk.importedPostKeys(keys, m);
  }

  /** Inserts posts in batches, reading `rows` batch by batch; returns the inserted posts' ids and threads. */
  insertPosts(rows: Iterable<ImportedPostRow>, m: EntityManager, onBatch?: (rows: number) => void): Promise<Array<{ id: string; threadId: string }>> {
    return this.bulk.insertPosts(rows, m, onBatch);
  }

  /** Revision 1 of each of these new posts, a snapshot of the post as stored. */
  insertFirstRevisions(postIds: readonly string[], m: EntityManager): Promise<void> {
    return this.bulk.insertFirstRevisions(postIds, m);
  }

  /**
   * After an import changed these threads (in these forums): recounts the threads, gives the new ones their date
   * from the dump back (the recount stamps updated_at with now), recounts the forums, and tells search.
   */
  async finishChanged(
    changed: { threadIds: readonly string[]; forumIds: readonly string[]; newThreads: ReadonlyArray<{ id: string; updatedAt: Date }> },
    m: EntityManager,
  ): Promise<void> {
    await this.counters.recountThreads(changed.threadIds, m);
    await this.bulk.setUpdatedAt(changed.newThreads, m);
    await this.counters.recountForums(changed.forumIds, m);
    await this.threads.enqueueChanges(changed.threadIds, m);
  }
}
