import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { ForumsModule } from '../forums/forums.module';
import { ThreadsModule } from '../threads/threads.module';
import { SeImportRepository } from './stackexchange/se-import.repository';
import { StackExchangeImporter } from './stackexchange/se-importer';

/** The Stack Exchange importer (`npm run import`), writing through the accounts, forums, threads and answers modules. */
@Module({
  imports: [AccountsModule, ForumsModule, ThreadsModule, AnswersModule],
  providers: [StackExchangeImporter, SeImportRepository],
  exports: [StackExchangeImporter],
})
export class ImportsModule {}
