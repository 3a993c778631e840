import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';

/** "Forgot password?" (issue 11 §3): single-use, hour-long links sent by email. */
@Module({
  imports: [AccountsModule, MailModule],
  providers: [PasswordResetRepository, PasswordResetService, PasswordResetResolver],
})
export class PasswordResetModule {}
