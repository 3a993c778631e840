import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { ForumsModule } from '../forums/forums.module';
import { GroupsModule } from '../groups/groups.module';
import { PostsModule } from '../posts/posts.module';
import { ThreadsModule } from '../threads/threads.module';
import { TicketsModule } from '../tickets/tickets.module';
import { DemoSeeder } from './demo-seeder';
import { DemoRepository } from './demo.repository';

@Module({
  imports: [AccountsModule, ForumsModule, ThreadsModule, PostsModule, AnswersModule, GroupsModule, TicketsModule],
  providers: [DemoSeeder, DemoRepository],
  exports: [DemoSeeder],
})
export class DemoModule {}
