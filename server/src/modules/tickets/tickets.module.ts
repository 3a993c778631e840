import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ThreadsModule } from '../threads/threads.module';
import { TicketsRepository } from './tickets.repository';
import { TicketEventResolver, TicketMessageResolver, TicketsResolver, ThreadTicketResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';
import { SupportCalendarService } from './support-calendar.service';
import { SupportResolver, SupportSettingsResolver } from './support.resolver';
import { SupportSettingsRepository } from './support-settings.repository';

/**
 * Support tickets (issue 10), in progress: the rules (domain/ticket-rules.ts), the business calendar and SLA targets
 * (domain/business-calendar.ts) as admins configure them (domain/support-settings.ts, `supportSettings`,
 * `updateSupportSettings`), `supportStatus` and `slaPreview`, and escalating a thread into a ticket that its
 * requester and staff see (`escalateThread`, `ticket`, `myTickets`, `Thread.isEscalated` / `Thread.ticket`).
 */
@Module({
  imports: [AccountsModule, ThreadsModule],
  providers: [
    SupportCalendarService,
    SupportResolver,
    SupportSettingsResolver,
    SupportSettingsRepository,
    TicketsRepository,
    TicketsService,
    TicketsResolver,
    ThreadTicketResolver,
    TicketMessageResolver,
    TicketEventResolver,
  ],
  exports: [SupportCalendarService, TicketsService],
})
export class TicketsModule {}
