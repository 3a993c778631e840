import { Args, ArgsType, Context, Extensions, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { AccountsService } from '../accounts/accounts.service';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { BadUserInputError } from '../../platform/errors/domain-error';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { canEditPost } from '../threads/domain/thread-rules';
import { LimitPosting } from '../threads/limit-posting.decorator';
import { PostModel } from '../threads/models/post.model';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService, type ThreadEntity } from '../threads/threads.service';
import { canDeletePost, voteProblem } from './domain/post-rules';
import { EditPostInput, ReplyInput } from './dto/post.input';
import { PostRevisionModel } from './models/revision.model';
import { toRevisionModel } from './models/revision.mapper';
import { PostsService } from './posts.service';
import { REVISIONS_MAX, PostsRepository } from './posts.repository';
import { scopeOf } from '../forums/read-scope.decorator';

@ArgsType()
class PreviewArgs {
  @Field() @MaxLength(60_000) body: string;
}

/** A post: reading, replying, editing, deleting, helpful votes and its revision history. */
@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly threads: ThreadsService,
    private readonly repo: PostsRepository,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => String, {
    description: 'Signed-in users: renders Markdown exactly as a post would be (sanitized HTML), for the composer preview. Once per request; rate-limited.',
    // Rendering is real work that grows with the text: 1 per 20 characters (a full 50,000-character post is half the budget).
    complexity: ({ args }) => 10 + Math.ceil(String(args.body ?? '').length / 20),
  })
  @Extensions({ maxPerOperation: 1 })
  async previewMarkdown(@Args() args: PreviewArgs, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.posts.preview(viewer, args.body);
  }

  @Query(() => PostModel, { description: 'One post, if the viewer may see it and its thread', complexity: 5 })
  async post(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return PostModel.from(await this.posts.getVisible(scopeOf(ctx), id, ctx.loaders));
  }

  @Mutation(() => PostModel)
  @LimitPosting('post')
  async replyToThread(@Args('input') input: ReplyInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.posts.reply(viewer, input, ctx.loaders));
  }

  @Mutation(() => PostModel, { description: 'Edits a post (a new revision)' })
  @LimitPosting('edit')
  async editPost(@Args('input') input: EditPostInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.posts.edit(viewer, input, ctx.loaders));
  }

  @Mutation(() => PostModel, {
    description: 'Deletes one of your replies (soft delete; not in locked threads or archived forums, where moderators hide instead)',
  })
  async deletePost(@Args('postId', { type: () => ID }, ParseIdPipe) postId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.posts.delete(viewer, postId, ctx.loaders));
  }

  @Mutation(() => PostModel, { description: 'Marks a post helpful (once per user; not your own; not in archived forums)' })
  async voteHelpful(@Args('postId', { type: () => ID }, ParseIdPipe) postId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.posts.vote(viewer, postId, ctx.loaders));
  }

  @Mutation(() => PostModel, { description: 'Withdraws your helpful vote' })
  async withdrawHelpfulVote(@Args('postId', { type: () => ID }, ParseIdPipe) postId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return PostModel.from(await this.posts.withdrawVote(viewer, postId, ctx.loaders));
  }

  @ResolveField(() => UserModel, { description: 'The author, with the badges they hold now' })
  async author(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(post.authorId))!);
  }

  @ResolveField(() => ThreadModel)
  async thread(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    const thread = await this.threads.getVisible(scopeOf(ctx), post.threadId, ctx.loaders);
    const accepted = await this.threads.acceptedLoader(ctx.loaders).load(thread.id);
    return ThreadModel.from(thread, !!accepted);
  }

  @ResolveField(() => Boolean)
  async viewerHasVoted(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    if (!viewer.userId) return false;
    return this.repo.viewerVoteLoader(ctx.loaders, viewer.userId).load(post.id);
  }

  /** The post's thread and forum, from the request's loaders (the page that shows the post has loaded them). */
  private async placeOf(post: PostModel, ctx: GqlContext): Promise<{ thread: ThreadEntity; forum: { archivedAt: Date | null } } | null> {
    const thread = await this.threads.threadLoader(ctx.loaders).load(post.threadId);
    return thread ? { thread, forum: await this.threads.forumOf(thread, ctx.loaders) } : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may mark this post helpful (not their own; not in an archived forum)' })
  async viewerCanVote(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const place = await this.placeOf(post, ctx);
    return !!place && voteProblem(viewer, post, place.forum) === null;
  }

  @ResolveField(() => Boolean, { description: 'Authors edit their own posts, not in locked threads or archived forums; moderators any' })
  async viewerCanEdit(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const place = await this.placeOf(post, ctx);
    return !!place && canEditPost(viewer, post, place.thread, place.forum);
  }

  @ResolveField(() => Boolean, { description: 'Authors delete their own replies, not in locked threads or archived forums; moderators any' })
  async viewerCanDelete(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    const place = await this.placeOf(post, ctx);
    return !!place && canDeletePost(viewer, post, place.thread, place.forum);
  }

  @ResolveField(() => PostModel, { nullable: true, description: 'The post this one replies to or quotes' })
  async replyTo(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    if (!post.replyToPostId) return null;
    const target = await this.threads.postLoader(ctx.loaders).load(post.replyToPostId);
    return target && !target.hiddenAt ? PostModel.from(target) : null;
  }

  @ResolveField(() => [PostRevisionModel], {
    description: `Anyone who may see the post: its latest versions (\`last\`, 1 to ${REVISIONS_MAX}), oldest first, with what changed (diffs were computed when saved)`,
    // Each version carries up to two bodies of 50,000 characters.
    complexity: ({ args, childComplexity }) => 1 + Number(args.last ?? 50) * Math.max(childComplexity, 5),
  })
  async revisions(@Parent() post: PostModel, @Context() ctx: GqlContext, @Args('last', { type: () => Int, defaultValue: 50 }) last: number) {
    if (!(last >= 1 && last <= REVISIONS_MAX)) throw new BadUserInputError('last', `Ask for 1 to ${REVISIONS_MAX} versions`);
    const loaded = await this.repo.revisionsLoader(ctx.loaders).load(post.id);
    const shown = loaded.slice(-last);
    const first = loaded.length - shown.length;
    return shown.map((r, i) => toRevisionModel(r, loaded[first + i - 1]));
  }
}

@Resolver(() => PostRevisionModel)
export class PostRevisionResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => UserModel)
  async editor(revision: PostRevisionModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(revision.editorId))!);
  }
}
