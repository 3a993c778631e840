import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { UserModel } from '../accounts/models/user.model';
import { readScopeOf } from '../forums/domain/read-scope';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { PostModel } from '../threads/models/post.model';
import { ThreadsService } from '../threads/threads.service';
import { PostsRepository } from './posts.repository';

/** Profile statistics and recent activity on every user. */
@Resolver(() => UserModel)
export class UserActivityResolver {
  constructor(
    private readonly repo: PostsRepository,
    private readonly threads: ThreadsService,
  ) {}

  @ResolveField(() => Int, { description: 'Visible posts' })
  async postCount(user: UserModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return (await this.repo.userStatsLoader(ctx.loaders, readScopeOf(viewer)).load(user.id)).postCount;
  }

  @ResolveField(() => Int, { description: 'Replies of theirs marked as accepted answers' })
  async acceptedAnswerCount(user: UserModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return (await this.repo.userStatsLoader(ctx.loaders, readScopeOf(viewer)).load(user.id)).acceptedAnswerCount;
  }

  @ResolveField(() => [PostModel], { description: 'Latest posts the viewer may see' })
  async recentPosts(@Parent() user: UserModel, @CurrentViewer() viewer: Viewer, @Args('first', { type: () => Int, defaultValue: 10 }) first: number) {
    const rows = await this.threads.recentPosts(user.id, Math.min(Math.max(first, 1), 50), readScopeOf(viewer));
    return rows.map(PostModel.from);
  }
}
