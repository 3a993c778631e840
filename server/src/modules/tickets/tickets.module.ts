import { Module } from '@nestjs/common';
import { UploadStore } from '../../platform/uploads/upload-store';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PostsModule } from '../posts/posts.module';
import { ThreadsModule } from '../threads/threads.module';
import { TicketSweepService } from './ticket-sweep.service';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { TicketAttachmentResolver, TicketAttachmentsResolver } from './attachments.resolver';
import { AttachmentsService } from './attachments.service';
import { TicketsRepository } from './tickets.repository';
import { TicketEventResolver, TicketMessageResolver, TicketsResolver, ThreadTicketResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';
import { SupportCalendarService } from './support-calendar.service';
import { SupportResolver, SupportSettingsResolver } from './support.resolver';
import { SupportSettingsRepository } from './support-settings.repository';

/**
 * Support tickets (issue 10): the rules (domain/ticket-rules.ts, domain/sla-state.ts, domain/attachment-rules.ts), the
 * business calendar and SLA targets (domain/business-calendar.ts) as admins configure them (domain/support-settings.ts,
 * `supportSettings`, `updateSupportSettings`), `supportStatus` and `slaPreview`, escalating a thread into a ticket that
 * its requester and staff see, replies and internal notes, attachments (`POST/GET /api/tickets/:number/attachments`,
 * `Ticket.attachments`), the staff queue, the resolution posted back to the thread, notifications, and the scheduled
 * sweep (ticket-sweep.service.ts: breaches, auto-close).
 */
@Module({
  imports: [AccountsModule, ThreadsModule, NotificationsModule, PostsModule, AnswersModule],
  controllers: [AttachmentsController],
  providers: [
    UploadStore,
    AttachmentsRepository,
    AttachmentsService,
    TicketAttachmentsResolver,
    TicketAttachmentResolver,
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
