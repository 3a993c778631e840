import { ResolveField, Resolver } from '@nestjs/graphql';
import { isModerator } from '../accounts/domain/viewer';
import { viewerOf } from '../accounts/current-viewer.decorator';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { groupByKeys, loaderKey } from '../../platform/graphql/loaders';
import { canSeeForum } from '../forums/domain/read-scope';
import { ForumsService } from '../forums/forums.service';
import { scopeOf } from '../forums/read-scope.decorator';
import { PostModel } from '../threads/models/post.model';
import { ThreadModel } from '../threads/models/thread.model';
import { ModerationLogRepository } from './moderation-log.repository';

type Latest = Awaited<ReturnType<ModerationLogRepository['latestByTarget']>>[number];
const LATEST_ACTIONS = loaderKey<string, Latest[]>('moderation.latestActions');
const ACTIONS = ['HIDE_THREAD', 'LOCK_THREAD', 'MOVE_THREAD', 'HIDE_POST'];

/** The latest explaining entries of a target, batched per request. */
function latest(ctx: GqlContext, log: ModerationLogRepository, targetId: string, action: string): Promise<Latest | undefined> {
  return ctx.loaders
    .getShared(LATEST_ACTIONS, async (ids) => groupByKeys(ids, await log.latestByTarget(ids, ACTIONS), (r) => r.targetId))
    .load(targetId)
    .then((rows) => rows.find((r) => r.action === action));
}

/** Hidden content explained to its author (and moderators): why it is hidden. Nobody else reaches it at all. */
function mayReadHiddenReason(ctx: GqlContext, authorId: string): boolean {
  const viewer = viewerOf(ctx);
  return isModerator(viewer) || (viewer.userId !== null && viewer.userId === authorId);
}

/** Moderation explains itself (issue 11): why a thread is hidden or locked, where it was moved from. */
@Resolver(() => ThreadModel)
export class ThreadExplainResolver {
  constructor(
    private readonly log: ModerationLogRepository,
    private readonly forums: ForumsService,
  ) {}

  @ResolveField(() => String, { nullable: true, description: 'Hidden threads, to their author and moderators: the reason it was hidden' })
  async hiddenReason(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    if (!thread.hiddenAt || !mayReadHiddenReason(ctx, thread.authorId)) return null;
    return (await latest(ctx, this.log, thread.id, 'HIDE_THREAD'))?.reason ?? null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'Hidden threads, to their author and moderators: when it was hidden' })
  hiddenAt(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    return thread.hiddenAt && mayReadHiddenReason(ctx, thread.authorId) ? thread.hiddenAt : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'A locked thread: the reason the moderator gave' })
  async lockReason(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    if (!thread.lockedAt) return null;
    return (await latest(ctx, this.log, thread.id, 'LOCK_THREAD'))?.reason ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'A thread a moderator moved: the name of the forum it came from, if the viewer may see that forum',
  })
  async movedFrom(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const entry = await latest(ctx, this.log, thread.id, 'MOVE_THREAD');
    const fromId = entry?.details?.fromForumId;
    if (typeof fromId !== 'string') return null;
    const forum = await this.forums.loader(ctx.loaders).load(fromId);
    return forum && canSeeForum(scopeOf(ctx), forum) ? forum.name : null;
  }
}

@Resolver(() => PostModel)
export class PostExplainResolver {
  constructor(private readonly log: ModerationLogRepository) {}

  @ResolveField(() => String, { nullable: true, description: 'Hidden replies, to their author and moderators: the reason it was hidden' })
  async hiddenReason(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    if (!post.hiddenAt || !mayReadHiddenReason(ctx, post.authorId)) return null;
    return (await latest(ctx, this.log, post.id, 'HIDE_POST'))?.reason ?? null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'Hidden replies, to their author and moderators: when it was hidden' })
  hiddenAt(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    return post.hiddenAt && mayReadHiddenReason(ctx, post.authorId) ? post.hiddenAt : null;
  }
}
