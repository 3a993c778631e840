import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ContentModule } from '../content/content.module';
import { ForumsModule } from '../forums/forums.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AnswersRepository } from './answers.repository';
import { AnswersService } from './answers.service';
import { CountersRepository } from './counters.repository';
import { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import { ModerationEntryEntity } from './entities/moderation-entry.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';
import { ForumThreadsResolver } from './forum-threads.resolver';
import { ModerationLogRepository } from './moderation-log.repository';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { NotificationPostResolver } from './notification-post.resolver';
import { PostRenderer } from './post-renderer.service';
import { PostingAllowancesRepository } from './posting-allowances.repository';
import { PostingLimitGuard } from './posting-limits.guard';
import { PostingLimitsService } from './posting-limits.service';
import { AcceptedAnswerResolver, ModerationEntryResolver, PostRevisionResolver, PostsResolver, UserActivityResolver } from './posts.resolver';
import { PostsRepository } from './posts.repository';
import { PostsService } from './posts.service';
import { ThreadsRepository } from './threads.repository';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ThreadEntity, PostEntity, AcceptedAnswerEntity, PostRevisionEntity, ModerationEntryEntity]),
    AccountsModule,
    ForumsModule,
    ContentModule,
    NotificationsModule,
  ],
  providers: [
    ThreadsRepository,
    PostsRepository,
    AnswersRepository,
    CountersRepository,
    ModerationLogRepository,
    PostingAllowancesRepository,
    ThreadsService,
    PostsService,
    AnswersService,
    ModerationService,
    PostRenderer,
    PostingLimitsService,
    PostingLimitGuard,
    ThreadsResolver,
    ForumThreadsResolver,
    PostsResolver,
    AcceptedAnswerResolver,
    PostRevisionResolver,
    ModerationEntryResolver,
    UserActivityResolver,
    ModerationResolver,
    NotificationPostResolver,
  ],
  exports: [ThreadsService, PostsService, AnswersService, ThreadsRepository],
})
export class ThreadsModule {}
