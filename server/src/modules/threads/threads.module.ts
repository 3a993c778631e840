import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ContentModule } from '../content/content.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ForumsModule } from '../forums/forums.module';
import { CountersRepository } from './counters.repository';
import { CountersService } from './counters.service';
import { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';
import { ForumThreadsResolver } from './forum-threads.resolver';
import { LatestThreadsResolver } from './latest-threads.resolver';
import { PostingLimitGuard } from './limit-posting.decorator';
import { PostRenderer } from './post-renderer.service';
import { PostVersionsRepository } from './post-versions.repository';
import { PostVersionsService } from './post-versions.service';
import { PostingAllowancesRepository } from './posting-allowances.repository';
import { PostingLimitsService } from './posting-limits.service';
import { ThreadImportsService } from './thread-imports.service';
import { ThreadsBulkRepository } from './threads-bulk.repository';
import { ThreadsRepository } from './threads.repository';
import { ThreadsResolver } from './threads.resolver';
import { ForumWatchResolver, ThreadWatchResolver } from './watch.resolver';
import { ThreadsService } from './threads.service';

/**
 * Threads with their opening posts, and the data core of the modules above (posts, answers, moderation): the thread,
 * post and accepted-answer rows, the counters, rendering, post versions and posting limits, exported as services.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ThreadEntity, PostEntity, AcceptedAnswerEntity]), AccountsModule, ForumsModule, ContentModule, NotificationsModule],
  providers: [
    ThreadsRepository,
    PostVersionsRepository,
    CountersRepository,
    PostingAllowancesRepository,
    ThreadsService,
    CountersService,
    PostVersionsService,
    PostRenderer,
    PostingLimitsService,
    PostingLimitGuard,
    // The importer's bulk writes, through the same insert column lists as the app's.
    ThreadsBulkRepository,
    ThreadImportsService,
    ThreadsResolver,
    ThreadWatchResolver,
    ForumWatchResolver,
    ForumThreadsResolver,
    LatestThreadsResolver,
  ],
  exports: [ThreadsService, CountersService, PostVersionsService, PostRenderer, PostingLimitsService, ThreadImportsService],
})
export class ThreadsModule {}
