import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ContentModule } from '../content/content.module';
import { ForumsModule } from '../forums/forums.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ThreadsModule } from '../threads/threads.module';
import { GroupsRepository } from './groups.repository';
import { GROUP_RESOLVERS } from './groups.resolver';
import { GroupsService } from './groups.service';

/** User groups (issue 8): directory, membership by policy, owners' work, flair; the source of the read scope's group ids. */
@Module({
  imports: [AccountsModule, ForumsModule, ContentModule, NotificationsModule, ThreadsModule],
  providers: [GroupsRepository, GroupsService, ...GROUP_RESOLVERS],
  exports: [GroupsService],
})
export class GroupsModule {}
