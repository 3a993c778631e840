import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ThreadsModule } from '../threads/threads.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AnswerImportsService } from './answer-imports.service';
import { AcceptedAnswerResolver, AnswersResolver, PostAcceptedResolver } from './answers.resolver';
import { AnswersRepository } from './answers.repository';
import { AnswersService } from './answers.service';

/** Accepted answers: who may mark one, and the accepted answer on threads and posts (threads ← answers). */
@Module({
  imports: [AccountsModule, ThreadsModule, NotificationsModule],
  providers: [AnswersRepository, AnswersService, AnswerImportsService, AnswersResolver, PostAcceptedResolver, AcceptedAnswerResolver],
  exports: [AnswersService, AnswerImportsService],
})
export class AnswersModule {}
