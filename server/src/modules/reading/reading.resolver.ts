import { Args, Context, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { clientAddress } from '../../platform/graphql/client-address';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { BadUserInputError } from '../../platform/errors/domain-error';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { readScopeOf } from '../forums/domain/read-scope';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { viewerKey } from './domain/thread-views';
import { ViewerUnreadModel } from './models/viewer-unread.model';
import { ThreadReadsService } from './thread-reads.service';
import { ThreadViewsService } from './thread-views.service';

/** Thread views and members' read markers (the home page's counts, unread dots and "N new" badges). */
@Resolver(() => ThreadModel)
export class ReadingResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly views: ThreadViewsService,
    private readonly reads: ThreadReadsService,
  ) {}

  @Mutation(() => Boolean, {
    description: 'The thread page opened: counts one view per person per thread per hour (the count updates within seconds)',
  })
  async recordThreadView(@Args('threadId', { type: () => ID }, ParseIdPipe) threadId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    const thread = await this.threads.getVisible(readScopeOf(viewer), threadId, ctx.loaders);
    this.views.record(thread.id, viewerKey(viewer.userId, clientAddress(ctx.req), String(ctx.req.headers['user-agent'] ?? '').slice(0, 500)));
    return true;
  }

  @Mutation(() => ThreadModel, { description: 'Signed in: you have read this thread up to this post number (never moves back)' })
  async markThreadRead(
    @Args('threadId', { type: () => ID }, ParseIdPipe) threadId: string,
    @Args('postNumber', { type: () => Int }) postNumber: number,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
  ) {
    if (!Number.isSafeInteger(postNumber) || postNumber < 1) throw new BadUserInputError('postNumber', 'A post number is 1 or more');
    const thread = await this.reads.markRead(viewer, threadId, postNumber, ctx.loaders);
    return this.threads.toModel(thread, ctx.loaders);
  }

  @ResolveField(() => ViewerUnreadModel, {
    nullable: true,
    description: 'Signed in: your place in this thread; null when signed out or never opened (show it as new)',
  })
  async viewerUnread(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const row = await this.reads.unread(viewer, thread.id, ctx.loaders);
    return row ? { lastReadPostNumber: row.lastReadPostNumber, newReplies: row.newReplies } : null;
  }
}
