import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { SupportCalendarService } from './support-calendar.service';
import { SupportResolver } from './support.resolver';

/**
 * Support tickets (issue 10), in progress: the rules (domain/ticket-rules.ts), the business calendar and SLA targets
 * (domain/business-calendar.ts), and what customers and staff can ask of them now (`supportStatus`, `slaPreview`).
 */
@Module({
  imports: [AccountsModule],
  providers: [SupportCalendarService, SupportResolver],
  exports: [SupportCalendarService],
})
export class TicketsModule {}
