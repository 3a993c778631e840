import { Module } from '@nestjs/common';
import { UploadStore } from '../../platform/uploads/upload-store';
import { AccountsModule } from '../accounts/accounts.module';
import { ThreadsModule } from '../threads/threads.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { TicketAttachmentResolver, TicketAttachmentsResolver } from './attachments.resolver';
import { AttachmentsService } from './attachments.service';
import { TicketsRepository } from './tickets.repository';
import { TicketEventResolver, TicketMessageResolver, TicketsResolver, ThreadTicketResolver } from './tickets.resolver';
import { TicketsService } from './tickets.service';
import { SupportCalendarService } from './support-calendar.service';
import { SupportResolver } from './support.resolver';

/**
 * Support tickets (issue 10), in progress: the rules (domain/ticket-rules.ts), the business calendar and SLA targets
 * (domain/business-calendar.ts), `supportStatus` and `slaPreview`, and escalating a thread into a ticket that its
 * requester and staff see (`escalateThread`, `ticket`, `myTickets`, `Thread.isEscalated` / `Thread.ticket`), and its
 * attachments (`POST/GET /api/tickets/:number/attachments`, `Ticket.attachments`).
 */
@Module({
  imports: [AccountsModule, ThreadsModule],
  controllers: [AttachmentsController],
  providers: [
    UploadStore,
    AttachmentsRepository,
    AttachmentsService,
    TicketAttachmentsResolver,
    TicketAttachmentResolver,
    SupportCalendarService,
    SupportResolver,
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
