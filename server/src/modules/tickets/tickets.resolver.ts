import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { AccountsService } from '../accounts/accounts.service';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { readScopeOf } from '../forums/domain/read-scope';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { isStaff } from '../accounts/domain/viewer';
import { OrganizationsService } from '../accounts/organizations.service';
import { OrganizationModel } from '../accounts/models/organization.model';
import { toOrganizationModel } from '../accounts/models/mappers';
import { ConnectionArgs } from '../../platform/graphql/connection';
import {
  AssignTicketInput,
  EscalateThreadInput,
  TicketLevelInput,
  TicketQueueFilterInput,
  TicketReplyInput,
  TicketResolutionInput,
  TicketStatusInput,
} from './dto/escalate.input';
import { SlaClockEnum } from './models/support.model';
import { SlaStateEnum, TicketConnection, TicketEventModel, TicketMessageModel, TicketModel, TicketSlaModel } from './models/ticket.model';
import { TicketsService } from './tickets.service';

/** Escalating a thread, a ticket, and "my tickets". */
@Resolver(() => TicketModel)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => TicketConnection, {
    description: 'Staff: the support queue, breached first, then by first-response due time (default: the open statuses)',
    complexity: ({ args, childComplexity }) => 10 + (args.first ?? 20) * childComplexity,
  })
  async ticketQueue(
    @CurrentViewer() viewer: Viewer,
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => TicketQueueFilterInput, nullable: true }) filter: TicketQueueFilterInput | null,
  ) {
    const connection = await this.tickets.queue(viewer, filter ?? {}, page.first, page.after);
    const nodes = connection.nodes.map(TicketModel.from);
    return { ...connection, nodes, edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }

  @Mutation(() => TicketModel, {
    description: 'Staff: post a solved ticket’s resolution on its thread as a staff reply, and (verify) mark it the accepted answer',
  })
  async postTicketResolution(@CurrentViewer() viewer: Viewer, @Args('input') input: TicketResolutionInput, @Context() ctx: GqlContext) {
    return TicketModel.from(await this.tickets.postResolution(viewer, input.number, input.body, input.verify, ctx.loaders));
  }

  @Mutation(() => TicketModel, {
    description: 'The asker (or staff for them): turn a thread into a support ticket; a thread already escalated answers its ticket',
  })
  async escalateThread(@CurrentViewer() viewer: Viewer, @Args('input') input: EscalateThreadInput, @Context() ctx: GqlContext) {
    return TicketModel.from(await this.tickets.escalate(viewer, input, ctx.loaders));
  }

  @Query(() => TicketModel, { description: 'A ticket by its number: its requester and staff; NOT_FOUND for everyone else', complexity: 5 })
  async ticket(@CurrentViewer() viewer: Viewer, @Args('number', { type: () => Int }) number: number) {
    return TicketModel.from(await this.tickets.visible(viewer, number));
  }

  @Query(() => [TicketModel], {
    description: 'Signed in: the tickets you asked for, newest first (at most 50)',
    complexity: ({ childComplexity }) => 10 + 50 * childComplexity,
  })
  async myTickets(@CurrentViewer() viewer: Viewer) {
    return (await this.tickets.mine(viewer)).map(TicketModel.from);
  }

  @Mutation(() => TicketModel, {
    description:
      'The requester or staff: reply on a ticket (staff: `internal` for a note the requester never sees); the first staff reply is the first response',
  })
  async replyToTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: TicketReplyInput) {
    return TicketModel.from(await this.tickets.reply(viewer, input.number, input.body, input.internal));
  }

  @Mutation(() => TicketModel, { description: 'Staff: move a ticket through its statuses; the requester may mark it solved or reopen it' })
  async setTicketStatus(@CurrentViewer() viewer: Viewer, @Args('input') input: TicketStatusInput) {
    return TicketModel.from(await this.tickets.setStatus(viewer, input.number, input.status, input.reason));
  }

  @Mutation(() => TicketModel, { description: 'Staff: assign a ticket to a staff member (null unassigns)' })
  async assignTicket(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignTicketInput, @Context() ctx: GqlContext) {
    return TicketModel.from(await this.tickets.assign(viewer, input.number, input.assigneeId ?? null, ctx.loaders));
  }

  @Mutation(() => TicketModel, { description: 'Staff: move a ticket to another escalation level, with a reason (EXECUTIVE: Enterprise only)' })
  async setTicketLevel(@CurrentViewer() viewer: Viewer, @Args('input') input: TicketLevelInput) {
    return TicketModel.from(await this.tickets.setLevel(viewer, input.number, input.level, input.reason));
  }

  @ResolveField(() => TicketSlaModel, { description: 'The first-response clock now' })
  sla(ticket: TicketModel): TicketSlaModel {
    return Object.assign(new TicketSlaModel(), {
      state: this.tickets.slaState(ticket) as SlaStateEnum,
      dueAt: ticket.firstResponseDueAt,
      atRiskAt: ticket.firstResponseAtRiskAt,
      respondedAt: ticket.firstRespondedAt,
      breachedAt: ticket.firstResponseBreachedAt,
      targetMinutes: ticket.firstResponseTargetMinutes,
      clock: ticket.firstResponseClock as SlaClockEnum | null,
    });
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'Staff: the customer’s organization (plan, account manager); null for others' })
  async organization(ticket: TicketModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    if (!isStaff(viewer) || !ticket.organizationId) return null;
    const org = await this.organizations.organizationLoader(ctx.loaders).load(ticket.organizationId);
    return org ? toOrganizationModel(org) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The staff member working it' })
  async assignee(ticket: TicketModel, _args: NoArgs, ctx: GqlContext) {
    const user = ticket.assigneeId ? await this.accounts.userLoader(ctx.loaders).load(ticket.assigneeId) : null;
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => [TicketMessageModel], { description: 'The conversation, oldest first (internal notes for staff only; at most 200)', complexity: 20 })
  async messages(ticket: TicketModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return (await this.tickets.messages(viewer, ticket)).map((m) => Object.assign(new TicketMessageModel(), m));
  }

  @ResolveField(() => [TicketEventModel], { description: 'Every change, oldest first (at most 200)', complexity: 20 })
  async timeline(ticket: TicketModel) {
    return (await this.tickets.timeline(ticket)).map((e) => Object.assign(new TicketEventModel(), e));
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread it came from (null if you can no longer see it)' })
  async thread(ticket: TicketModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const thread = await this.threads.getVisible(readScopeOf(viewer), ticket.threadId, ctx.loaders).catch(() => null);
    return thread ? this.threads.toModel(thread, ctx.loaders) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  async requester(ticket: TicketModel, _args: NoArgs, ctx: GqlContext) {
    const user = await this.accounts.userLoader(ctx.loaders).load(ticket.requesterId);
    return user ? toUserModel(user) : null;
  }
}

/** What a thread shows of its escalation. */
@Resolver(() => ThreadModel)
export class ThreadTicketResolver {
  constructor(private readonly tickets: TicketsService) {}

  @ResolveField(() => Boolean, { description: 'Escalated to support (shown to everyone who can see the thread)' })
  isEscalated(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    return this.tickets.isEscalated(thread.id, ctx.loaders);
  }

  @ResolveField(() => TicketModel, { nullable: true, description: 'Its ticket, for the asker and staff (null for everyone else)' })
  async ticket(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const ticket = await this.tickets.forThread(viewer, thread.id, ctx.loaders);
    return ticket ? TicketModel.from(ticket) : null;
  }
}

/** Who wrote a message, and who made a change. */
@Resolver(() => TicketMessageModel)
export class TicketMessageResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'null for a deleted account' })
  async author(message: TicketMessageModel, _args: NoArgs, ctx: GqlContext) {
    const user = message.authorId ? await this.accounts.userLoader(ctx.loaders).load(message.authorId) : null;
    return user ? toUserModel(user) : null;
  }
}

@Resolver(() => TicketEventModel)
export class TicketEventResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'null for the system or a deleted account' })
  async actor(event: TicketEventModel, _args: NoArgs, ctx: GqlContext) {
    const user = event.actorId ? await this.accounts.userLoader(ctx.loaders).load(event.actorId) : null;
    return user ? toUserModel(user) : null;
  }
}
