import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { Connection, ConnectionArgs, decodeTypedCursor, toConnection } from '../../platform/graphql/connection';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { PostModel } from '../threads/models/post.model';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { canReply } from './domain/post-rules';
import { scopeOf } from '../forums/read-scope.decorator';

const PostConnection = Connection(PostModel);

/** A thread's replies, and whether the viewer may add one. */
@Resolver(() => ThreadModel)
export class ThreadRepliesResolver {
  constructor(private readonly threads: ThreadsService) {}

  @ResolveField(() => PostConnection, { description: 'Replies in order (post number 2 onwards); hidden ones only for moderators and admins' })
  async posts(@Parent() thread: ThreadModel, @Args() args: ConnectionArgs, @Context() ctx: GqlContext) {
    const after = args.after ? Number(decodeTypedCursor(args.after, ['int'])[0]) : 1;
    const rows = await this.threads.listReplies(thread.id, args.first, after, scopeOf(ctx));
    // Prime the per-request loader so field resolvers on these posts do not query again.
    rows.forEach((p) => this.threads.postLoader(ctx.loaders).prime(p.id, p));
    return toConnection(rows, args.first, (p) => [p.postNumber], PostModel.from, after > 1, thread.replyCount);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may reply: signed in, the forum not archived, the thread not locked (moderators excepted)' })
  async viewerCanReply(@Parent() thread: ThreadModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return canReply(viewer, thread, await this.threads.forumOf(thread, ctx.loaders)) === 'ok';
  }
}
