import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, UnauthenticatedError } from '../../platform/errors/domain-error';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { decodeTypedCursor, isTimestamptz, toConnection, type ConnectionShape } from '../../platform/graphql/connection';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { AnswersService } from '../answers/answers.service';
import type { NewNotification } from '../notifications/domain/notification-kinds';
import { NotificationsService } from '../notifications/notifications.service';
import { PostsService } from '../posts/posts.service';
import { AccountsService } from '../accounts/accounts.service';
import { isSignedIn, isStaff, type Viewer } from '../accounts/domain/viewer';
import { OrganizationsService } from '../accounts/organizations.service';
import { readScopeOf } from '../forums/domain/read-scope';
import { ThreadHiddenError } from '../threads/threads.errors';
import { ThreadsService } from '../threads/threads.service';
import type { SlaTarget } from './domain/business-calendar';
import { slaInstants, slaState, type SlaState } from './domain/sla-state';
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
import { TicketsRepository, type TicketQueueCursor, type TicketQueueFilter, type TicketQueueRow, type TicketRow } from './tickets.repository';

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

/** The queue shows open work unless asked for other statuses. */
const OPEN_STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD'];

/** A notification carries the opening words of a reply, never more. */
const EXCERPT_CHARS = 200;

export interface TicketQueueQuery {
  statuses?: readonly TicketStatus[] | null;
  priorities?: readonly TicketPriority[] | null;
  assignee?: 'ANYONE' | 'ME' | 'UNASSIGNED' | null;
  organizationId?: string | null;
  sla?: 'BREACHED' | 'AT_RISK' | null;
}

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
    private readonly notifications: NotificationsService,
    private readonly posts: PostsService,
    private readonly answers: AnswersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** Opens the thread's ticket (the asker, or staff for them); a thread already escalated answers its ticket. */
  async escalate(viewer: Viewer, input: EscalateInput, loaders: LoaderRegistry): Promise<TicketRow> {
    const now = this.clock.now();
    if (!isSignedIn(viewer)) throw new UnauthenticatedError('Sign in to escalate a thread to support');
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    if (thread.authorId !== viewer.userId && !isStaff(viewer)) throw new NotThreadAskerError();
    // Its author still sees a hidden thread (with the reason), but it goes nowhere from there.
    if (thread.hiddenAt) throw new ThreadHiddenError();
    const whatHappened = input.whatHappened.trim();
    if (!whatHappened) throw new BadUserInputError('whatHappened', 'Say what happened');
    const requester = await this.accounts.userLoader(loaders).load(thread.authorId);
    const organization = requester?.organizationId ? await this.organizations.organizationLoader(loaders).load(requester.organizationId) : null;
    const plan = organization?.plan ?? 'STANDARD';
    const emergencyReason = input.priority === 'EMERGENCY' ? (input.emergencyReason ?? null) : null;
    const problem = priorityProblem(input.priority, organization?.plan ?? null, emergencyReason);
    if (problem) throw new EmergencyNotAvailableError(problem);
    const target = (await this.calendar.targets(plan))[input.priority]?.firstResponse ?? null;
    const instants = target ? slaInstants(await this.calendar.calendarAt(now), now, target, []) : { dueAt: null, atRiskAt: null };
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
        firstResponseDueAt: instants.dueAt,
        firstResponseAtRiskAt: instants.atRiskAt,
        firstResponseTargetMinutes: target?.minutes ?? null,
        firstResponseClock: target?.clock ?? null,
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
  async reply(viewer: Viewer, number: number, body: string, internal: boolean): Promise<TicketRow> {
    const now = this.clock.now();
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
        await this.tell(m, [{ recipientId: ticket.requesterId, kind: 'TICKET_REPLY', actorId: viewer.userId, ticketId: ticket.id, message: excerpt(text) }]);
        // The reply itself tells the requester; the NEW → OPEN that comes with it needs no second notification.
        if (ticket.status === 'NEW') await this.move(m, ticket, 'OPEN', viewer.userId!, '', now, false);
      } else {
        if (ticket.assigneeId) {
          await this.tell(m, [
            { recipientId: ticket.assigneeId, kind: 'TICKET_CUSTOMER_REPLY', actorId: viewer.userId, ticketId: ticket.id, message: excerpt(text) },
          ]);
        }
        const next = statusAfterCustomerReply(ticket.status as TicketStatus);
        if (next !== ticket.status) await this.move(m, ticket, next, viewer.userId!, 'The customer replied', now, false);
      }
      return (await this.tickets.lockByNumber(m, number))!;
    });
  }

  /** Moves a ticket through the status machine (staff; the requester may solve or reopen). */
  async setStatus(viewer: Viewer, number: number, to: TicketStatus, reason: string): Promise<TicketRow> {
    const now = this.clock.now();
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

  /**
   * One status change with its timeline entry, the clock's pauses, and the first-response due and at-risk instants
   * they move (from the target the ticket was opened with). The requester hears of it unless they made it
   * (`tellRequester` false: their own reply moved it).
   */
  private async move(m: EntityManager, ticket: TicketRow, to: TicketStatus, actorId: string, reason: string, now: Date, tellRequester = true): Promise<void> {
    const from = ticket.status as TicketStatus;
    if (to === 'PENDING') await this.tickets.startPause(m, ticket.id, now);
    if (from === 'PENDING') await this.tickets.endPause(m, ticket.id, now);
    let instants: { dueAt: Date | null; atRiskAt: Date | null } | undefined;
    const target = targetOf(ticket);
    if (!ticket.firstRespondedAt && target && (to === 'PENDING' || from === 'PENDING')) {
      // Paused: unknown until the customer answers; resumed: the paused time is added back.
      instants = slaInstants(await this.calendar.calendarAt(ticket.openedAt), ticket.openedAt, target, await this.tickets.pauses(m, ticket.id));
    }
    await this.tickets.update(m, ticket.id, {
      status: to,
      solvedAt: to === 'SOLVED' ? now : from === 'SOLVED' ? null : undefined,
      firstResponseDueAt: instants?.dueAt,
      firstResponseAtRiskAt: instants?.atRiskAt,
    });
    await this.tickets.recordEvent(m, { ticketId: ticket.id, actorId, kind: 'STATUS', fromValue: from, toValue: to, reason });
    if (tellRequester) {
      await this.tell(m, [{ recipientId: ticket.requesterId, kind: 'TICKET_STATUS', actorId, ticketId: ticket.id, message: statusMessage(from, to, reason) }]);
    }
  }

  private tell(m: EntityManager, rows: NewNotification[]): Promise<void> {
    return this.notifications.notify(rows, m);
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
      if (assigneeId) {
        await this.tell(m, [{ recipientId: assigneeId, kind: 'TICKET_ASSIGNED', actorId: viewer.userId, ticketId: ticket.id, message: '' }]);
      }
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

  /** The first-response clock's state now. */
  slaState(ticket: TicketRow): SlaState {
    return slaState(
      {
        status: ticket.status as TicketStatus,
        hasTarget: ticket.firstResponseTargetMinutes !== null,
        firstResponseDueAt: ticket.firstResponseDueAt,
        firstResponseAtRiskAt: ticket.firstResponseAtRiskAt,
        firstRespondedAt: ticket.firstRespondedAt,
        firstResponseBreachedAt: ticket.firstResponseBreachedAt,
      },
      this.clock.now(),
    );
  }

  /**
   * Staff: one page of the queue, breached first, then by first-response due time. The first page fixes the instant
   * the queue is ranked at; its cursor carries it, so later pages neither skip nor repeat a ticket that breached
   * meanwhile.
   */
  async queue(viewer: Viewer, query: TicketQueueQuery, first: number, after: string | null | undefined): Promise<ConnectionShape<TicketRow>> {
    if (!isStaff(viewer)) throw new NotSupportStaffError('Only staff see the support queue');
    const cursor = after ? decodeQueueCursor(after) : null;
    const now = cursor?.now ?? this.clock.now();
    const filter: TicketQueueFilter = {
      statuses: query.statuses?.length ? query.statuses : OPEN_STATUSES,
      priorities: query.priorities?.length ? query.priorities : null,
      assignee: query.assignee === 'ME' ? viewer.userId : query.assignee === 'UNASSIGNED' ? 'UNASSIGNED' : null,
      organizationId: query.organizationId ?? null,
      sla: query.sla ?? null,
    };
    const [rows, totalCount] = await Promise.all([this.tickets.queue(filter, now, cursor, first + 1), this.tickets.queueCount(filter, now)]);
    return toConnection(
      rows,
      first,
      (r: TicketQueueRow) => [now.toISOString(), r.queueRank, r.queueDue ? r.queueDue.toISOString() : 'infinity', r.number],
      (r) => r as TicketRow,
      !!cursor,
      totalCount,
    );
  }

  /**
   * Staff: posts a solved ticket's resolution on its thread as a staff reply, and (verify) marks it the accepted
   * answer, verified by staff. Once per ticket; the timeline records it.
   */
  async postResolution(viewer: Viewer, number: number, body: string, verify: boolean, loaders: LoaderRegistry): Promise<TicketRow> {
    if (!isStaff(viewer)) {
      await this.visible(viewer, number);
      throw new NotSupportStaffError('Only staff post a ticket’s resolution to its thread');
    }
    const ticket = await this.visible(viewer, number);
    const problem = resolutionProblem(ticket);
    if (problem) throw problem;
    // Recorded in the reply's own transaction, under the ticket's row lock: two staff posting at once get one post.
    const post = await this.posts.reply(viewer, { threadId: ticket.threadId, body }, loaders, async (m, postId) => {
      const locked = await this.lockVisible(m, viewer, number);
      const late = resolutionProblem(locked);
      if (late) throw late;
      await this.tickets.update(m, locked.id, { resolutionPostId: postId });
      await this.tickets.recordEvent(m, {
        ticketId: locked.id,
        actorId: viewer.userId,
        kind: 'RESOLUTION',
        toValue: postId,
        reason: verify ? 'Posted to the thread and verified as its answer' : 'Posted to the thread',
      });
    });
    if (verify) await this.answers.accept(viewer, post.id, loaders);
    return (await this.tickets.byNumber(number))!;
  }

  /** Whether the thread was escalated: shown to everyone who can see the thread. */
  async isEscalated(threadId: string, loaders: LoaderRegistry): Promise<boolean> {
    return !!(await this.tickets.threadLoader(loaders).load(threadId));
  }
}

const isTicketNumber = (n: number) => Number.isInteger(n) && n > 0 && n < 2 ** 31;

/** A queue cursor: the instant the first page was ranked at, then the last row's rank, due time ('infinity': none) and number. */
function decodeQueueCursor(after: string): TicketQueueCursor {
  const [now, rank, due, number] = decodeTypedCursor(after, ['timestamptz', 'int', 'text', 'int']);
  if (due !== 'infinity' && !isTimestamptz(due)) throw new BadUserInputError('after', 'Invalid cursor');
  return { now: new Date(now), rank: Number(rank), due: due === 'infinity' ? null : new Date(due), number: Number(number) };
}

/** The first-response promise a ticket was opened with. */
export function targetOf(ticket: Pick<TicketRow, 'firstResponseTargetMinutes' | 'firstResponseClock'>): SlaTarget | null {
  return ticket.firstResponseTargetMinutes !== null && ticket.firstResponseClock !== null
    ? { minutes: ticket.firstResponseTargetMinutes, clock: ticket.firstResponseClock }
    : null;
}

/** Why a ticket's resolution cannot be posted now (not solved yet, or already posted); null when it can. */
function resolutionProblem(ticket: TicketRow): BadUserInputError | null {
  if (ticket.status !== 'SOLVED' && ticket.status !== 'CLOSED') {
    return new BadUserInputError('number', `Solve ticket #${ticket.number} first, then post its resolution to the thread`);
  }
  if (ticket.resolutionPostId) return new BadUserInputError('number', `Ticket #${ticket.number}’s resolution is already on its thread`);
  return null;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

function statusMessage(from: TicketStatus, to: TicketStatus, reason: string): string {
  return excerpt(reason ? `${from} → ${to}: ${reason}` : `${from} → ${to}`);
}

function seenBy(viewer: Viewer, ticket: TicketRow | null): TicketRow {
  if (!ticket || !canSeeTicket(viewer, ticket)) throw new TicketNotFoundError();
  return ticket;
}

/** The requester and staff see a ticket. */
export function canSeeTicket(viewer: Viewer, ticket: Pick<TicketRow, 'requesterId'>): boolean {
  return isStaff(viewer) || (viewer.userId !== null && viewer.userId === ticket.requesterId);
}
