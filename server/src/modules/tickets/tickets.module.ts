import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostsModule } from '../posts/posts.module';
import { ThreadsModule } from '../threads/threads.module';
import { TicketSweepService } from './ticket-sweep.service';
import { TicketsRepository } from './tickets.repository';
import { TicketEventResolver, TicketMessageResolver, TicketsResolver, ThreadTicketResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';
import { SupportCalendarService } from './support-calendar.service';
import { SupportResolver, SupportSettingsResolver } from './support.resolver';
import { SupportSettingsRepository } from './support-settings.repository';

/**
 * Support tickets (issue 10): the rules (domain/ticket-rules.ts, domain/sla-state.ts), the business calendar and SLA
 * targets (domain/business-calendar.ts) as admins configure them (domain/support-settings.ts, `supportSettings`,
 * `updateSupportSettings`), `supportStatus` and `slaPreview`, escalating a thread into a ticket that its requester and
 * staff see, replies and internal notes, the staff queue, the resolution posted back to the thread, notifications,
 * and the scheduled sweep (ticket-sweep.service.ts: breaches, auto-close).
 */
@Module({
  imports: [AccountsModule, ThreadsModule, NotificationsModule, PostsModule, AnswersModule],
  providers: [
    SupportCalendarService,
    SupportResolver,
    SupportSettingsResolver,
    SupportSettingsRepository,
    TicketsRepository,
    TicketsService,
    TicketSweepService,
    TicketsResolver,
    ThreadTicketResolver,
    TicketMessageResolver,
    TicketEventResolver,
  ],
  exports: [SupportCalendarService, TicketsService, TicketSweepService],
})
export class TicketsModule {}
