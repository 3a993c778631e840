import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ForumsModule } from '../forums/forums.module';
import { ThreadsModule } from '../threads/threads.module';
import { ComposerEventsRepository } from './composer-events.repository';
import { SearchDocumentsRepository } from './search-documents.repository';
import { SearchEngine } from './search-engine.service';
import { SearchMetricsController } from './search-metrics.controller';
import { SearchReindexService } from './search-reindex.service';
import { SearchSettingsRepository } from './search-settings.repository';
import { SearchSyncService } from './search-sync.service';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * Search before you post (issue 9): the threads index in Meilisearch kept in step through the outbox (the worker in
 * search-sync.service.ts), permission-aware search and similar threads, the composer's deflection events, reindex.
 */
@Module({
  imports: [AccountsModule, ForumsModule, ThreadsModule],
  controllers: [SearchMetricsController],
  providers: [
    SearchEngine,
    SearchDocumentsRepository,
    SearchSettingsRepository,
    ComposerEventsRepository,
    SearchSyncService,
    SearchReindexService,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchService, SearchSyncService, SearchReindexService, SearchEngine],
})
export class SearchModule {}
