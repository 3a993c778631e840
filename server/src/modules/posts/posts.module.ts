import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ThreadsModule } from '../threads/threads.module';
import { NotificationPostResolver } from './notification-post.resolver';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostRevisionResolver, PostsResolver } from './posts.resolver';
import { PostsRepository } from './posts.repository';
import { PostsService } from './posts.service';
import { ThreadRepliesResolver } from './thread-replies.resolver';
import { UserActivityResolver } from './user-activity.resolver';

/** Replies, post edits and deletion, helpful votes, revision history and each user's activity (threads ← posts). */
@Module({
  imports: [TypeOrmModule.forFeature([PostRevisionEntity]), AccountsModule, ThreadsModule, NotificationsModule],
  providers: [PostsRepository, PostsService, PostsResolver, PostRevisionResolver, ThreadRepliesResolver, UserActivityResolver, NotificationPostResolver],
  exports: [PostsService],
})
export class PostsModule {}
