import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { toConnection } from '../../platform/graphql/connection';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { scopeOf } from '../forums/read-scope.decorator';
import { LatestThreadsArgs } from './dto/thread.input';
import { ThreadConnection } from './forum-threads.resolver';
import { ThreadModel } from './models/thread.model';
import { ThreadsService } from './threads.service';

/** The home page's lists: Latest, Unanswered and Solved over every forum the viewer may see. */
@Resolver()
export class LatestThreadsResolver {
  constructor(private readonly threads: ThreadsService) {}

  @Query(() => ThreadConnection, {
    description: 'Threads of every forum the viewer may see, by tab (hidden threads for moderators only), a page at a time',
    complexity: ({ args, childComplexity }) => 10 + Number(args.first ?? 20) * Math.max(childComplexity, 1),
  })
  async latestThreads(@Args() args: LatestThreadsArgs, @Context() ctx: GqlContext) {
    const rows = await this.threads.listLatest(scopeOf(ctx), args.tab, args.first, args.after);
    return toConnection(
      rows,
      args.first,
      (r) => r.cursor,
      (r) => ThreadModel.from(r, !!r.acceptedPostId),
      !!args.after,
    );
  }
}
