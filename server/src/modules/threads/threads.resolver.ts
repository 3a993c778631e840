import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../accounts/current-viewer.decorator';
import { AccountsService } from '../accounts/accounts.service';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { ForumsService } from '../forums/forums.service';
import { ForumModel } from '../forums/models/forum.model';
import { Connection, ConnectionArgs, decodeTypedCursor, toConnection } from '../../platform/graphql/connection';
import type { GqlContext } from '../../platform/graphql/gql-context';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { NotFoundError } from '../../platform/errors/domain-error';
import { AnswersService } from './answers.service';
import { acceptDecision, canEditPost, canModerate, canReply } from './domain/thread-rules';
import { CreateThreadInput, EditThreadInput, ModerateThreadInput, MoveThreadInput } from './dto/thread.input';
import { AcceptedAnswerModel } from './models/accepted-answer.model';
import { AcceptKindEnum } from './models/enums';
import { ModerationEntryModel } from './models/moderation-entry.model';
import { PostModel } from './models/post.model';
import { ThreadModel } from './models/thread.model';
import { ModerationService } from './moderation.service';
import { LimitPosting } from './posting-limits.guard';
import { ThreadsRepository } from './threads.repository';
import { ThreadsService } from './threads.service';
import { snippet } from '../content/domain/render';
import { scopeOf } from '../forums/read-scope.decorator';

const PostConnection = Connection(PostModel);

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly repo: ThreadsRepository,
    private readonly answers: AnswersService,
    private readonly moderation: ModerationService,
    private readonly accounts: AccountsService,
    private readonly forums: ForumsService,
  ) {}

  /** Maps with the accepted answer already known (one batched lookup), so `status` is right. */
  private async model(thread: Parameters<typeof ThreadModel.from>[0], ctx: GqlContext): Promise<ThreadModel> {
    const accepted = thread.acceptedPostId !== undefined ? thread.acceptedPostId : (await this.repo.acceptedLoader(ctx.loaders).load(thread.id))?.postId;
    return ThreadModel.from({ ...thread, acceptedPostId: accepted ?? null }, !!accepted);
  }

  @Query(() => ThreadModel, { complexity: 5 })
  async thread(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext) {
    return this.model(await this.threads.getVisible(scopeOf(ctx), id, ctx.loaders), ctx);
  }

  @Mutation(() => ThreadModel, { description: 'Starts a thread with its opening post' })
  @LimitPosting('post')
  async createThread(@Args('input') input: CreateThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.model(await this.threads.create(viewer, input, ctx.loaders), ctx);
  }

  @Mutation(() => ThreadModel, { description: 'Edits the title, tags and opening post (a new revision)' })
  @LimitPosting('edit')
  async editThread(@Args('input') input: EditThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.model(await this.threads.edit(viewer, input, ctx.loaders), ctx);
  }

  @Mutation(() => ThreadModel, { description: 'The asker, staff or a moderator marks a reply as the accepted answer (in a locked thread staff and moderators only; nobody in an archived forum)' })
  async acceptAnswer(@Args('postId', { type: () => ID }, ParseIdPipe) postId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    const thread = await this.answers.accept(viewer, postId, ctx.loaders);
    return this.model({ ...thread, acceptedPostId: undefined }, ctx);
  }

  @Mutation(() => ThreadModel, { description: 'Removes the accepted answer (same rule as acceptAnswer)' })
  async clearAcceptedAnswer(@Args('threadId', { type: () => ID }, ParseIdPipe) threadId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.model(await this.answers.clear(viewer, threadId, ctx.loaders), ctx);
  }

  @Mutation(() => ThreadModel, { description: 'Moderators: lock, unlock, pin, unpin, hide or restore (audit-logged)' })
  async moderateThread(@Args('input') input: ModerateThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.model(await this.moderation.moderateThread(viewer, input, ctx.loaders), ctx);
  }

  @Mutation(() => ThreadModel, { description: 'Moderators: move a thread to another forum (audit-logged)' })
  async moveThread(@Args('input') input: MoveThreadInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.model(await this.moderation.moveThread(viewer, input, ctx.loaders), ctx);
  }

  @ResolveField(() => ForumModel)
  async forum(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    const forum = await this.forums.loader(ctx.loaders).load(thread.forumId);
    if (!forum) throw new NotFoundError('Forum');
    return ForumModel.from(forum);
  }

  @ResolveField(() => UserModel)
  async author(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(thread.authorId))!);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async lastPoster(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    if (!thread.lastPosterId) return null;
    const user = await this.accounts.userLoader(ctx.loaders).load(thread.lastPosterId);
    return user ? toUserModel(user) : null;
  }

  @ResolveField(() => PostModel, { description: 'The question (post number 1)' })
  async openingPost(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    const post = await this.repo.openingPostLoader(ctx.loaders).load(thread.id);
    if (!post) throw new NotFoundError('Post');
    return PostModel.from(post);
  }

  @ResolveField(() => AcceptedAnswerModel, { nullable: true })
  async acceptedAnswer(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    const accepted = await this.repo.acceptedLoader(ctx.loaders).load(thread.id);
    if (!accepted) return null;
    return Object.assign(new AcceptedAnswerModel(), {
      kind: accepted.kind as AcceptKindEnum,
      acceptedAt: accepted.acceptedAt,
      postId: accepted.postId,
      acceptedById: accepted.acceptedById,
    });
  }

  @ResolveField(() => PostConnection, { description: 'Replies in order (post number 2 onwards); hidden ones only for moderators and admins' })
  async posts(@Parent() thread: ThreadModel, @Args() args: ConnectionArgs, @Context() ctx: GqlContext) {
    const after = args.after ? Number(decodeTypedCursor(args.after, ['int'])[0]) : 1;
    const rows = await this.repo.listReplies(thread.id, args.first, after, scopeOf(ctx));
    // Prime the per-request loader so field resolvers on these posts do not query again.
    rows.forEach((p) => this.repo.postLoader(ctx.loaders).prime(p.id, p));
    return toConnection(rows, args.first, (p) => [p.postNumber], PostModel.from, after > 1, thread.replyCount);
  }

  @ResolveField(() => String, { nullable: true, description: 'Plain-text start of the accepted answer, for lists' })
  async acceptedAnswerSnippet(@Parent() thread: ThreadModel, @Context() ctx: GqlContext) {
    if (thread.acceptedAnswerSnippet) return thread.acceptedAnswerSnippet;
    const accepted = await this.repo.acceptedLoader(ctx.loaders).load(thread.id);
    if (!accepted) return null;
    const post = await this.repo.postLoader(ctx.loaders).load(accepted.postId);
    return post ? snippet(post.bodyText, 240) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may reply: signed in, the forum not archived, the thread not locked (moderators excepted)' })
  async viewerCanReply(@Parent() thread: ThreadModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return canReply(viewer, thread, await this.threads.forumOf(thread, ctx.loaders)) === 'ok';
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may mark, change or clear the accepted answer: the asker, staff or a moderator; in a locked thread staff and moderators only; nobody in an archived forum',
  })
  async viewerCanAccept(@Parent() thread: ThreadModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return !acceptDecision(viewer, thread, await this.threads.forumOf(thread, ctx.loaders)).refused;
  }

  @ResolveField(() => Boolean)
  viewerCanModerate(@CurrentViewer() viewer: Viewer) {
    return canModerate(viewer);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the title, tags and opening post (authors not in locked threads or archived forums; moderators always)' })
  async viewerCanEdit(@Parent() thread: ThreadModel, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    const opening = await this.repo.openingPostLoader(ctx.loaders).load(thread.id);
    return !!opening && canEditPost(viewer, opening, thread, await this.threads.forumOf(thread, ctx.loaders));
  }

  @ResolveField(() => [ModerationEntryModel], { description: 'Moderators: what was done to this thread and its replies, newest first' })
  async moderationLog(@Parent() thread: ThreadModel, @CurrentViewer() viewer: Viewer) {
    return (await this.moderation.threadLog(viewer, thread.id)).map(ModerationEntryModel.from);
  }
}
