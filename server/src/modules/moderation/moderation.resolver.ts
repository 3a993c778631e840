import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { Connection, ConnectionArgs, toConnection } from '../../platform/graphql/connection';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { PostModel } from '../threads/models/post.model';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { canModerate } from './domain/moderation-rules';
import { ModeratePostInput, ModerateThreadInput, MoveThreadInput, RedactRevisionInput } from './dto/moderation.input';
import { ModerationEntryModel } from './models/moderation-entry.model';
import { ModerationService } from './moderation.service';

const ModerationEntryConnection = Connection(ModerationEntryModel);

/** The moderators' actions on threads and posts, and the audit log. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly threads: ThreadsService,
  ) {}

  @Query(() => ModerationEntryConnection, { description: 'Moderators: the audit log, newest first' })
  async moderationLog(@CurrentViewer() viewer: Viewer, @Args() args: ConnectionArgs) {
    const rows = await this.moderation.log(viewer, args.first, args.after);
    return toConnection(
      rows,
      args.first,
      (r) => r.cursor,
      (r) => ModerationEntryModel.from(r.entry),
      !!args.after,
    );
  }

  @Mutation(() => ThreadModel, { description: 'Moderators: lock, unlock, pin, unpin, hide or restore (audit-logged)' })
  async moderateThread(@Args('input') input: ModerateThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.threads.toModel(await this.moderation.moderateThread(viewer, input, ctx.loaders), ctx.loaders);
  }

  @Mutation(() => ThreadModel, { description: 'Moderators: move a thread to another forum (audit-logged)' })
  async moveThread(@Args('input') input: MoveThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.threads.toModel(await this.moderation.moveThread(viewer, input, ctx.loaders), ctx.loaders);
  }

  @Mutation(() => PostModel, { description: 'Moderators: hide or restore a reply (audit-logged)' })
  async moderatePost(@Args('input') input: ModeratePostInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.moderation.moderatePost(viewer, input, ctx.loaders));
  }

  @Mutation(() => PostModel, { description: 'Moderators and staff: purge the text of an earlier revision (audit-logged)' })
  async redactRevision(@Args('input') input: RedactRevisionInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.moderation.redactRevision(viewer, input, ctx.loaders));
  }
}

/** What a thread shows moderators. */
@Resolver(() => ThreadModel)
export class ThreadModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @ResolveField(() => Boolean)
  viewerCanModerate(@CurrentViewer() viewer: Viewer) {
    return canModerate(viewer);
  }

  @ResolveField(() => [ModerationEntryModel], { description: 'Moderators: what was done to this thread and its replies, newest first' })
  async moderationLog(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return (await this.moderation.threadLog(viewer, thread.id)).map(ModerationEntryModel.from);
  }
}

@Resolver(() => ModerationEntryModel)
export class ModerationEntryResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserModel)
  async actor(entry: ModerationEntryModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(entry.actorId))!);
  }
}
