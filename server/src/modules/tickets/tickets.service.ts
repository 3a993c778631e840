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
import {
  escalationProblem,
  type EscalationLevel,
  canReopen,
  priorityProblem,
  statusAfterCustomerReply,
  transitionProblem,
  type EmergencyReason,
  type TicketActor,
  type TicketPriority,
  type TicketStatus,
} from './domain/ticket-rules';
import { SupportCalendarService } from './support-calendar.service';
import type { EntityManager } from 'typeorm';
import {
  EmergencyNotAvailableError,
  ExecutiveNotAvailableError,
  InternalNoteStaffOnlyError,
  NotSupportStaffError,
  NotThreadAskerError,
  TicketClosedError,
  TicketNotFoundError,
} from './tickets.errors';
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
    return seenBy(viewer, isTicketNumber(number) ? await this.tickets.byNumber(number) : null);
  }

  /**
   * The same check on the row locked for the caller's write: one read, and the write sees what was checked (replies,
   * status changes and attachments on one ticket go one at a time).
   */
  async lockVisible(m: EntityManager, viewer: Viewer, number: number): Promise<TicketRow> {
    return seenBy(viewer, isTicketNumber(number) ? await this.tickets.lockByNumber(m, number) : null);
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

  /**
   * A reply on the ticket. A staff reply that is not an internal note is the first response if none came before, and
   * takes a NEW ticket to OPEN; a requester's reply takes a PENDING or SOLVED ticket back to OPEN (the clock runs
   * again). Internal notes are for staff only.
   */
  async reply(viewer: Viewer, number: number, body: string, internal: boolean, now = new Date()): Promise<TicketRow> {
    const text = body.trim();
    if (!text) throw new BadUserInputError('body', 'Write a reply');
    const staff = isStaff(viewer);
    return this.db.transaction(async (m) => {
      const ticket = await this.lockVisible(m, viewer, number);
      if (internal && !staff) throw new InternalNoteStaffOnlyError();
      if (ticket.status === 'CLOSED') throw new TicketClosedError();
      await this.tickets.addMessage(m, ticket.id, viewer.userId!, internal, text);
      if (internal) return ticket;
      if (staff && viewer.userId !== ticket.requesterId) {
        if (!ticket.firstRespondedAt) await this.tickets.update(m, ticket.id, { firstRespondedAt: now });
        if (ticket.status === 'NEW') await this.move(m, ticket, 'OPEN', viewer.userId!, '', now);
      } else {
        const next = statusAfterCustomerReply(ticket.status as TicketStatus);
        if (next !== ticket.status) await this.move(m, ticket, next, viewer.userId!, 'The customer replied', now);
      }
      return (await this.tickets.lockByNumber(m, number))!;
    });
  }

  /** Moves a ticket through the status machine (staff; the requester may solve or reopen). */
  async setStatus(viewer: Viewer, number: number, to: TicketStatus, reason: string, now = new Date()): Promise<TicketRow> {
    const actor: TicketActor = isStaff(viewer) ? 'STAFF' : 'REQUESTER';
    return this.db.transaction(async (m) => {
      const ticket = await this.lockVisible(m, viewer, number);
      const problem = transitionProblem(ticket.status as TicketStatus, to, actor);
      if (problem) throw new BadUserInputError('status', problem);
      if (actor === 'REQUESTER' && ticket.status === 'SOLVED' && ticket.solvedAt && !canReopen(ticket.solvedAt, now)) throw new TicketClosedError();
      await this.move(m, ticket, to, viewer.userId!, reason.trim(), now);
      return (await this.tickets.lockByNumber(m, number))!;
    });
  }

  /** One status change with its timeline entry, the clock's pauses, and the first-response due time they move. */
  private async move(m: EntityManager, ticket: TicketRow, to: TicketStatus, actorId: string, reason: string, now: Date): Promise<void> {
    const from = ticket.status as TicketStatus;
    if (to === 'PENDING') await this.tickets.startPause(m, ticket.id, now);
    if (from === 'PENDING') await this.tickets.endPause(m, ticket.id, now);
    let firstResponseDueAt: Date | null | undefined;
    const target = this.calendar.targets(ticket.plan)[ticket.priority as TicketPriority];
    if (!ticket.firstRespondedAt && target && (to === 'PENDING' || from === 'PENDING')) {
      // Paused: unknown until the customer answers; resumed: the paused time is added back.
      firstResponseDueAt = dueAt(this.calendar.calendarAt(ticket.openedAt), {
        openedAt: ticket.openedAt,
        target: target.firstResponse,
        pauses: await this.tickets.pauses(m, ticket.id),
      });
    }
    await this.tickets.update(m, ticket.id, {
      status: to,
      solvedAt: to === 'SOLVED' ? now : from === 'SOLVED' ? null : undefined,
      firstResponseDueAt,
    });
    await this.tickets.recordEvent(m, { ticketId: ticket.id, actorId, kind: 'STATUS', fromValue: from, toValue: to, reason });
  }

  /** Staff: assign a ticket to a staff member (null: unassign). */
  async assign(viewer: Viewer, number: number, assigneeId: string | null, loaders: LoaderRegistry): Promise<TicketRow> {
    return this.db.transaction(async (m) => {
      const ticket = await this.lockVisible(m, viewer, number);
      if (!isStaff(viewer)) throw new NotSupportStaffError('Only staff assign tickets');
      if (assigneeId) {
        const assignee = await this.accounts.userLoader(loaders).load(assigneeId);
        if (!assignee || !(assignee.roles.includes('STAFF') || assignee.roles.includes('ADMIN'))) {
          throw new BadUserInputError('assigneeId', 'Assign tickets to staff');
        }
      }
      if (ticket.assigneeId === assigneeId) return ticket;
      await this.tickets.update(m, ticket.id, { assigneeId });
      await this.tickets.recordEvent(m, { ticketId: ticket.id, actorId: viewer.userId, kind: 'ASSIGNEE', fromValue: ticket.assigneeId, toValue: assigneeId });
      return (await this.tickets.lockByNumber(m, number))!;
    });
  }

  /** Staff: move a ticket to another escalation level, with a reason (EXECUTIVE for Enterprise customers only). */
  async setLevel(viewer: Viewer, number: number, level: EscalationLevel, reason: string): Promise<TicketRow> {
    const why = reason.trim();
    return this.db.transaction(async (m) => {
      const ticket = await this.lockVisible(m, viewer, number);
      if (!isStaff(viewer)) throw new NotSupportStaffError('Only staff escalate tickets');
      if (!why) throw new BadUserInputError('reason', 'Say why the level changes');
      const problem = escalationProblem(ticket.escalationLevel as EscalationLevel, level, ticket.plan);
      if (problem && level === 'EXECUTIVE' && ticket.escalationLevel !== 'EXECUTIVE') throw new ExecutiveNotAvailableError(problem);
      if (problem) throw new BadUserInputError('level', problem);
      await this.tickets.update(m, ticket.id, { escalationLevel: level });
      await this.tickets.recordEvent(m, {
        ticketId: ticket.id,
        actorId: viewer.userId,
        kind: 'LEVEL',
        fromValue: ticket.escalationLevel,
        toValue: level,
        reason: why,
      });
      return (await this.tickets.lockByNumber(m, number))!;
    });
  }

  /** Messages of a ticket the viewer may see; internal notes for staff only. */
  messages(viewer: Viewer, ticket: Pick<TicketRow, 'id'>) {
    return this.tickets.messages(ticket.id, isStaff(viewer));
  }

  timeline(ticket: Pick<TicketRow, 'id'>) {
    return this.tickets.timeline(ticket.id);
  }

  /** Whether the thread was escalated: shown to everyone who can see the thread. */
  async isEscalated(threadId: string, loaders: LoaderRegistry): Promise<boolean> {
    return !!(await this.tickets.threadLoader(loaders).load(threadId));
  }
}

const isTicketNumber = (n: number) => Number.isInteger(n) && n > 0 && n < 2 ** 31;

function seenBy(viewer: Viewer, ticket: TicketRow | null): TicketRow {
  if (!ticket || !canSeeTicket(viewer, ticket)) throw new TicketNotFoundError();
  return ticket;
}

/** The requester and staff see a ticket. */
export function canSeeTicket(viewer: Viewer, ticket: Pick<TicketRow, 'requesterId'>): boolean {
  return isStaff(viewer) || (viewer.userId !== null && viewer.userId === ticket.requesterId);
}
