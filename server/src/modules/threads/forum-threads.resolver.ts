import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ForumModel } from '../forums/models/forum.model';
import { Connection, toConnection } from '../../platform/graphql/connection';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { ThreadListArgs } from './dto/thread.input';
import { ThreadModel } from './models/thread.model';
import { ThreadsService } from './threads.service';
import { scopeOf } from '../forums/read-scope.decorator';

/** A page of threads (a forum's list, the home page's tabs). */
export const ThreadConnection = Connection(ThreadModel);

@Resolver(() => ForumModel)
export class ForumThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadConnection, { description: 'Threads of this forum, sorted and filtered, a page at a time' })
  async threads(@Parent() forum: ForumModel, @Args() args: ThreadListArgs, @Context() ctx: GqlContext) {
    const rows = await this.threadsService.list(scopeOf(ctx), forum.id, { sort: args.sort, first: args.first, after: args.after, filter: args.filter });
    return toConnection(
      rows,
      args.first,
      (r) => r.cursor,
      (r) => ThreadModel.from(r, !!r.acceptedPostId),
      !!args.after,
    );
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread with the latest activity' })
  async lastThread(forum: ForumModel, _args: NoArgs, ctx: GqlContext) {
    if (!forum.lastThreadId) return null;
    const thread = await this.threadsService.threadLoader(ctx.loaders).load(forum.lastThreadId);
    if (!thread || thread.hiddenAt) return null;
    const accepted = await this.threadsService.acceptedLoader(ctx.loaders).load(thread.id);
    return ThreadModel.from(thread, !!accepted);
  }
}
