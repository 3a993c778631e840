import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../accounts/current-viewer.decorator';
import { Connection, decodeTypedCursor, toPageConnection } from '../../platform/graphql/connection';
import { BadUserInputError } from '../../platform/errors/domain-error';
import { replyPageProblem, type ReplyPageRequest } from '../threads/domain/reply-window';
import { ThreadPostsArgs } from './dto/thread-posts.args';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
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

  @ResolveField(() => PostConnection, {
    description:
      'Replies in order (post number 2 onwards); hidden ones only for moderators and admins. Pages go after a cursor, before one, or around a post number',
  })
  async posts(@Parent() thread: ThreadModel, @Args() args: ThreadPostsArgs, @Context() ctx: GqlContext) {
    const problem = replyPageProblem(args);
    if (problem) throw new BadUserInputError(problem.field, problem.message);
    const request: ReplyPageRequest = args.before
      ? { kind: 'before', beforeNumber: Number(decodeTypedCursor(args.before, ['int'], 'before')[0]) }
      : args.aroundPostNumber
        ? { kind: 'around', postNumber: args.aroundPostNumber }
        : { kind: 'after', afterNumber: args.after ? Number(decodeTypedCursor(args.after, ['int'])[0]) : 1 };
    const page = await this.threads.sharedReplyPage(ctx.loaders, thread.id, args.first, request, scopeOf(ctx));
    // Prime the per-request loader so field resolvers on these posts do not query again.
    page.rows.forEach((p) => this.threads.postLoader(ctx.loaders).prime(p.id, p));
    return toPageConnection(page.rows, (p) => [p.postNumber], PostModel.from, page, thread.replyCount);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may reply: signed in, the forum not archived, the thread not locked (moderators excepted)' })
  async viewerCanReply(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return canReply(viewer, thread, await this.threads.forumOf(thread, ctx.loaders)) === 'ok';
  }
}
