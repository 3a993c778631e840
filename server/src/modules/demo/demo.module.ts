import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ForumsModule } from '../forums/forums.module';
import { ThreadsModule } from '../threads/threads.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [AccountsModule, ForumsModule, ThreadsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
