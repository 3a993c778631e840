import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import { AccountsService } from '../accounts/accounts.service';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { ForumsService } from '../forums/forums.service';
import { ForumModel } from '../forums/models/forum.model';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { NotFoundError } from '../../platform/errors/domain-error';
import { canEditPost } from './domain/thread-rules';
import { CreateThreadInput, EditThreadInput } from './dto/thread.input';
import { LimitPosting } from './limit-posting.decorator';
import { PostModel } from './models/post.model';
import { ThreadModel } from './models/thread.model';
import { ThreadsService } from './threads.service';
import { scopeOf } from '../forums/read-scope.decorator';

/**
 * A thread, its opening post and who wrote them. The other fields of Thread are resolved where their data lives:
 * replies in posts/thread-replies.resolver.ts, the accepted answer in answers/, the moderation log in moderation/.
 */
@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
    private readonly forums: ForumsService,
  ) {}

  @Query(() => ThreadModel, { complexity: 5 })
  async thread(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return this.threads.toModel(await this.threads.getVisible(scopeOf(ctx), id, ctx.loaders), ctx.loaders);
  }

  @Mutation(() => ThreadModel, { description: 'Starts a thread with its opening post' })
  @LimitPosting('post')
  async createThread(@Args('input') input: CreateThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.threads.toModel(await this.threads.create(viewer, input, ctx.loaders), ctx.loaders);
  }

  @Mutation(() => ThreadModel, { description: 'Edits the title, tags and opening post (a new revision)' })
  @LimitPosting('edit')
  async editThread(@Args('input') input: EditThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.threads.toModel(await this.threads.edit(viewer, input, ctx.loaders), ctx.loaders);
  }

  @ResolveField(() => ForumModel)
  async forum(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const forum = await this.forums.loader(ctx.loaders).load(thread.forumId);
    if (!forum) throw new NotFoundError('Forum');
    return ForumModel.from(forum);
  }

  @ResolveField(() => UserModel)
  async author(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(thread.authorId))!);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async lastPoster(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    if (!thread.lastPosterId) return null;
    const user = await this.accounts.userLoader(ctx.loaders).load(thread.lastPosterId);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => PostModel, { description: 'The question (post number 1)' })
  async openingPost(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const post = await this.threads.openingPostLoader(ctx.loaders).load(thread.id);
    if (!post) throw new NotFoundError('Post');
    return PostModel.from(post);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may edit the title, tags and opening post (authors not in locked threads or archived forums; moderators always)',
  })
  async viewerCanEdit(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const opening = await this.threads.openingPostLoader(ctx.loaders).load(thread.id);
    return !!opening && canEditPost(viewer, opening, thread, await this.threads.forumOf(thread, ctx.loaders));
  }
}
