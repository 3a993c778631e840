import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { AccountsService } from '../accounts/accounts.service';
import { isSignedIn, isStaff, type Viewer } from '../accounts/domain/viewer';
import { OrganizationsService } from '../accounts/organizations.service';
import { readScopeOf } from '../forums/domain/read-scope';
import { ThreadsService } from '../threads/threads.service';
import { dueAt } from './domain/business-calendar';
import { priorityProblem, type EmergencyReason, type TicketPriority } from './domain/ticket-rules';
import { SupportCalendarService } from './support-calendar.service';
import { EmergencyNotAvailableError, NotThreadAskerError, TicketNotFoundError } from './tickets.errors';
import { TicketsRepository, type TicketRow } from './tickets.repository';

export interface EscalateInput {
  threadId: string;
  priority: TicketPriority;
  emergencyReason?: EmergencyReason | null;
  whatHappened: string;
  expected?: string;
  errorMessages?: string;
  stepsToReproduce?: string;
  affected?: string;
  businessImpact?: string;
}

/** My tickets list: a person rarely has more open at once; older ones come with paging later. */
const MY_TICKETS_MAX = 50;

/**
 * Escalating a thread into a support ticket, and who may see one: the requester and staff (everyone else: NOT_FOUND).
 * The first-response due time comes from the business calendar at the moment the ticket opens.
 */
@Injectable()
export class TicketsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: TicketsRepository,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly calendar: SupportCalendarService,
  ) {}

  /** Opens the thread's ticket (the asker, or staff for them); a thread already escalated answers its ticket. */
  async escalate(viewer: Viewer, input: EscalateInput, loaders: LoaderRegistry, now = new Date()): Promise<TicketRow> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to escalate a thread to support');
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    if (thread.authorId !== viewer.userId && !isStaff(viewer)) throw new NotThreadAskerError();
    const whatHappened = input.whatHappened.trim();
    if (!whatHappened) throw new BadUserInputError('whatHappened', 'Say what happened');
    const requester = await this.accounts.userLoader(loaders).load(thread.authorId);
    const organization = requester?.organizationId ? await this.organizations.organizationLoader(loaders).load(requester.organizationId) : null;
    const plan = organization?.plan ?? 'STANDARD';
    const emergencyReason = input.priority === 'EMERGENCY' ? (input.emergencyReason ?? null) : null;
    const problem = priorityProblem(input.priority, organization?.plan ?? null, emergencyReason);
    if (problem) throw new EmergencyNotAvailableError(problem);
    const target = this.calendar.targets(plan)[input.priority];
    const firstResponseDueAt = target ? dueAt(this.calendar.calendarAt(now), { openedAt: now, target: target.firstResponse, pauses: [] }) : null;
    return this.db.transaction(async (m) => {
      const { ticket, created } = await this.tickets.openOnce(m, {
        threadId: thread.id,
        requesterId: thread.authorId,
        organizationId: organization?.id ?? null,
        plan,
        priority: input.priority,
        emergencyReason,
        whatHappened,
        expected: input.expected?.trim() ?? '',
        errorMessages: input.errorMessages?.trim() ?? '',
        stepsToReproduce: input.stepsToReproduce?.trim() ?? '',
        affected: input.affected?.trim() ?? '',
        businessImpact: input.businessImpact?.trim() ?? '',
        openedAt: now,
        firstResponseDueAt,
        createdBy: viewer.userId,
      });
      if (created) await this.tickets.recordEvent(m, { ticketId: ticket.id, actorId: viewer.userId, kind: 'OPENED', toValue: input.priority });
      return ticket;
    });
  }

  /** The ticket if the viewer is its requester or staff; NOT_FOUND otherwise. */
  async visible(viewer: Viewer, number: number): Promise<TicketRow> {
    const ticket = Number.isInteger(number) && number > 0 && number < 2 ** 31 ? await this.tickets.byNumber(number) : null;
    if (!ticket || !canSeeTicket(viewer, ticket)) throw new TicketNotFoundError();
    return ticket;
  }

  mine(viewer: Viewer): Promise<TicketRow[]> {
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to see your tickets');
    return this.tickets.byRequester(viewer.userId, MY_TICKETS_MAX);
  }

  /** A thread's ticket, for those who may see it (the caller has checked the thread); null for everyone else. */
  async forThread(viewer: Viewer, threadId: string, loaders: LoaderRegistry): Promise<TicketRow | null> {
    const ticket = await this.tickets.threadLoader(loaders).load(threadId);
    return ticket && canSeeTicket(viewer, ticket) ? ticket : null;
  }

  /** Whether the thread was escalated: shown to everyone who can see the thread. */
  async isEscalated(threadId: string, loaders: LoaderRegistry): Promise<boolean> {
    return !!(await this.tickets.threadLoader(loaders).load(threadId));
  }
}

/** The requester and staff see a ticket. */
export function canSeeTicket(viewer: Viewer, ticket: Pick<TicketRow, 'requesterId'>): boolean {
  return isStaff(viewer) || (viewer.userId !== null && viewer.userId === ticket.requesterId);
}
