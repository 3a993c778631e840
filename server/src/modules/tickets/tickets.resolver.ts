import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { AccountsService } from '../accounts/accounts.service';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { readScopeOf } from '../forums/domain/read-scope';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { EscalateThreadInput } from './dto/escalate.input';
import { TicketModel } from './models/ticket.model';
import { TicketsService } from './tickets.service';

/** Escalating a thread, a ticket, and "my tickets". */
@Resolver(() => TicketModel)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
  ) {}

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

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread it came from (null if you can no longer see it)' })
  async thread(@Parent() ticket: TicketModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    const thread = await this.threads.getVisible(readScopeOf(viewer), ticket.threadId, ctx.loaders).catch(() => null);
    return thread ? this.threads.toModel(thread, ctx.loaders) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  async requester(@Parent() ticket: TicketModel, @Context() ctx: GqlContext) {
    const user = await this.accounts.userLoader(ctx.loaders).load(ticket.requesterId);
    return user ? toUserModel(user) : null;
  }
}

/** What a thread shows of its escalation. */
@Resolver(() => ThreadModel)
export class ThreadTicketResolver {
  constructor(private readonly tickets: TicketsService) {}

  @ResolveField(() => Boolean, { description: 'Escalated to support (shown to everyone who can see the thread)' })
  isEscalated(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    return this.tickets.isEscalated(thread.id, ctx.loaders);
  }

  @ResolveField(() => TicketModel, { nullable: true, description: 'Its ticket, for the asker and staff (null for everyone else)' })
  async ticket(@Parent() thread: ThreadModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    const ticket = await this.tickets.forThread(viewer, thread.id, ctx.loaders);
    return ticket ? TicketModel.from(ticket) : null;
  }
}
