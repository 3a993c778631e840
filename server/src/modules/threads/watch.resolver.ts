import { Args, Context, ID, Mutation, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { UnauthenticatedError } from '../../platform/errors/domain-error';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { loaderKey } from '../../platform/graphql/loaders';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { ForumsService } from '../forums/forums.service';
import { ForumModel } from '../forums/models/forum.model';
import { scopeOf } from '../forums/read-scope.decorator';
import { WATCH_LEVELS, type WatchLevel } from '../notifications/domain/watch-rules';
import { NotificationsService } from '../notifications/notifications.service';
import { ThreadModel } from './models/thread.model';
import { ThreadsService } from './threads.service';

export const WatchLevelEnum = Object.fromEntries(WATCH_LEVELS.map((l) => [l, l])) as { [L in WatchLevel]: L };
registerEnumType(WatchLevelEnum, {
  name: 'WatchLevel',
  description: 'WATCHING: every new reply notifies you. NORMAL: only replies to your posts and mentions. MUTED: nothing but mentions',
});

const threadWatchOf = (userId: string) => loaderKey<string, WatchLevel>(`watch.thread.${userId}`);
const forumWatchOf = (userId: string) => loaderKey<string, WatchLevel>(`watch.forum.${userId}`);

/** Watching threads and forums (the rules in notifications/domain/watch-rules.ts); the levels are batched per request. */
@Resolver(() => ThreadModel)
export class ThreadWatchResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationsService,
  ) {}

  @ResolveField(() => WatchLevelEnum, {
    nullable: true,
    description: 'Signed in: your level on this thread (started or replied: WATCHING unless you chose otherwise). Null for anonymous viewers',
  })
  viewerWatch(thread: ThreadModel, _args: NoArgs, ctx: GqlContext): Promise<WatchLevel> | null {
    const userId = viewerOf(ctx).userId;
    if (!userId) return null;
    return ctx.loaders.get(threadWatchOf(userId), (ids) => this.notifications.threadLevels(userId, ids)).load(thread.id);
  }

  @Mutation(() => ThreadModel, { description: 'Signed in: watch, mute or set to normal a thread you can see' })
  async setThreadWatch(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID }, ParseIdPipe) threadId: string,
    @Args('level', { type: () => WatchLevelEnum }) level: WatchLevel,
    @Context() ctx: GqlContext,
  ) {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to watch threads');
    const thread = await this.threads.getVisible(scopeOf(ctx), threadId, ctx.loaders);
    await this.notifications.setThreadWatch(viewer.userId, thread.id, level);
    return this.threads.toModel(thread, ctx.loaders);
  }
}

@Resolver(() => ForumModel)
export class ForumWatchResolver {
  constructor(
    private readonly forums: ForumsService,
    private readonly notifications: NotificationsService,
  ) {}

  @ResolveField(() => WatchLevelEnum, {
    nullable: true,
    description: 'Signed in: your level on this forum (WATCHING: every reply in its threads notifies you). Null for anonymous viewers',
  })
  viewerWatch(forum: ForumModel, _args: NoArgs, ctx: GqlContext): Promise<WatchLevel> | null {
    const userId = viewerOf(ctx).userId;
    if (!userId) return null;
    return ctx.loaders.get(forumWatchOf(userId), (ids) => this.notifications.forumLevels(userId, ids)).load(forum.id);
  }

  @Mutation(() => ForumModel, { description: 'Signed in: watch, mute or set to normal a forum you can see' })
  async setForumWatch(
    @CurrentViewer() viewer: Viewer,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args('level', { type: () => WatchLevelEnum }) level: WatchLevel,
    @Context() ctx: GqlContext,
  ) {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to watch forums');
    const forum = await this.forums.getVisible(scopeOf(ctx), { id: forumId });
    await this.notifications.setForumWatch(viewer.userId, forum.id, level);
    return ForumModel.from(forum);
  }
}
