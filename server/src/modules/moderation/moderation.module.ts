import { PostExplainResolver, ThreadExplainResolver } from './explain.resolver';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ForumsModule } from '../forums/forums.module';
import { PostsModule } from '../posts/posts.module';
import { ThreadsModule } from '../threads/threads.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ModerationEntryEntity } from './entities/moderation-entry.entity';
import { ModerationLogRepository } from './moderation-log.repository';
import { ModerationEntryResolver, ModerationResolver, ThreadModerationResolver } from './moderation.resolver';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';

/** Lock, pin, hide, restore, move and redact, each in the moderation log (threads ← posts ← moderation). */
@Module({
  imports: [TypeOrmModule.forFeature([ModerationEntryEntity]), AccountsModule, ForumsModule, ThreadsModule, PostsModule, NotificationsModule],
  providers: [
    ModerationRepository,
    ModerationLogRepository,
    ModerationService,
    ModerationResolver,
    ThreadModerationResolver,
    ModerationEntryResolver,
    ThreadExplainResolver,
    PostExplainResolver,
  ],
})
export class ModerationModule {}
