import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { EmailPreferencesService } from './email-preferences.service';
import { MailRepository } from './mail.repository';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Outgoing email (issue 11 §2): the outbox and its drainer, the transport, preferences and unsubscribe links. */
@Module({
  imports: [AccountsModule],
  controllers: [UnsubscribeController],
  providers: [MailRepository, MailTransport, MailService, EmailPreferencesService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
