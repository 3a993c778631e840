import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { holdOutboxDrainLock, releaseOutboxDrainLock } from '../../platform/outbox/outbox.repository';
import { mergeAdminSettings } from './domain/index-settings';
import { SearchDocumentsRepository } from './search-documents.repository';
import { SearchEngine } from './search-engine.service';
import { SearchSettingsRepository } from './search-settings.repository';
import { SearchSyncService } from './search-sync.service';
import { ReadCacheService } from '../../platform/read-cache/read-cache.service';

const THREADS_PER_WRITE = 500;

export interface ReindexProgress {
  start(total: number): void;
  update(done: number): void;
  stop(): void;
}

/**
 * `npm run reindex`: rebuilds every document into a fresh index, then swaps it in atomically (searches see the old
 * index until the swap, the new one after) and drops the old. It holds the outbox drain lock throughout, so changes
 * made meanwhile wait in the outbox and apply to the new index after the swap: nothing is lost or stale.
 */
@Injectable()
export class SearchReindexService {
  private readonly logger = new Logger(SearchReindexService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly engine: SearchEngine,
    private readonly documents: SearchDocumentsRepository,
    private readonly settings: SearchSettingsRepository,
    private readonly sync: SearchSyncService,
    private readonly readCache: ReadCacheService,
  ) {}

  async reindex(progress?: ReindexProgress): Promise<{ documents: number; threads: number }> {
    const live = this.engine.threadsUid;
    const next = `${live}_next`;
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await holdOutboxDrainLock(runner.manager);
      const settings = mergeAdminSettings(await this.settings.get());
      await this.engine.deleteIndexIfExists(next);
      await this.engine.ensureIndex(next, settings);
      await this.engine.ensureIndex(live, settings);
      const total = await this.documents.threadCount(this.db.manager);
      progress?.start(total);
      let done = 0;
      let after: string | null = null;
      for (;;) {
        const ids = await this.documents.allThreadIds(this.db.manager, after, THREADS_PER_WRITE);
        if (!ids.length) break;
        await this.sync.rebuild(this.db.manager, ids, next);
        done += ids.length;
        after = ids[ids.length - 1];
        progress?.update(done);
      }
      await this.engine.swap(live, next);
      await this.readCache.contentChangedOutside();
      await this.engine.deleteIndexIfExists(next);
      progress?.stop();
      const documents = await this.engine.documentCount(live);
      this.logger.log(`Reindexed ${done} threads into ${live}: ${documents} documents`);
      return { documents, threads: done };
    } finally {
      await releaseOutboxDrainLock(runner.manager).catch(() => undefined);
      await runner.release();
    }
  }
}
