import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service';
import { CurrentViewer, viewerOf } from '../accounts/current-viewer.decorator';
import type { Viewer } from '../accounts/domain/viewer';
import { toUserModel } from '../accounts/models/mappers';
import { UserModel } from '../accounts/models/user.model';
import { snippet } from '../content/domain/render';
import type { GqlContext, NoArgs } from '../../platform/graphql/gql-context';
import { ParseIdPipe } from '../../platform/graphql/id-args.pipe';
import { PostModel } from '../threads/models/post.model';
import { ThreadModel } from '../threads/models/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { AnswersService } from './answers.service';
import { acceptDecision } from './domain/answer-rules';
import { AcceptedAnswerModel } from './models/accepted-answer.model';
import { AcceptKindEnum } from './models/enums';

/** Accepting and clearing a thread's answer, and the accepted answer as a thread shows it. */
@Resolver(() => ThreadModel)
export class AnswersResolver {
  constructor(
    private readonly answers: AnswersService,
    private readonly threads: ThreadsService,
  ) {}

  @Mutation(() => ThreadModel, {
    description:
      'The asker, staff or a moderator marks a reply as the accepted answer (in a locked thread staff and moderators only; nobody in an archived forum)',
  })
  async acceptAnswer(@Args('postId', { type: () => ID }, ParseIdPipe) postId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    const thread = await this.answers.accept(viewer, postId, ctx.loaders);
    return this.threads.toModel({ ...thread, acceptedPostId: undefined }, ctx.loaders);
  }

  @Mutation(() => ThreadModel, { description: 'Removes the accepted answer (same rule as acceptAnswer)' })
  async clearAcceptedAnswer(@Args('threadId', { type: () => ID }, ParseIdPipe) threadId: string, @CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext) {
    return this.threads.toModel(await this.answers.clear(viewer, threadId, ctx.loaders), ctx.loaders);
  }

  @ResolveField(() => AcceptedAnswerModel, { nullable: true })
  async acceptedAnswer(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const accepted = await this.threads.acceptedLoader(ctx.loaders).load(thread.id);
    if (!accepted) return null;
    return Object.assign(new AcceptedAnswerModel(), {
      kind: accepted.kind as AcceptKindEnum,
      acceptedAt: accepted.acceptedAt,
      postId: accepted.postId,
      acceptedById: accepted.acceptedById,
    });
  }

  @ResolveField(() => String, { nullable: true, description: 'Plain-text start of the accepted answer, for lists' })
  async acceptedAnswerSnippet(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    if (thread.acceptedAnswerSnippet) return thread.acceptedAnswerSnippet;
    const accepted = await this.threads.acceptedLoader(ctx.loaders).load(thread.id);
    if (!accepted) return null;
    const post = await this.threads.postLoader(ctx.loaders).load(accepted.postId);
    return post ? snippet(post.bodyText, 240) : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may mark, change or clear the accepted answer: the asker, staff or a moderator; in a locked thread staff and moderators only; nobody in an archived forum',
  })
  async viewerCanAccept(thread: ThreadModel, _args: NoArgs, ctx: GqlContext) {
    const viewer = viewerOf(ctx);
    return !acceptDecision(viewer, thread, await this.threads.forumOf(thread, ctx.loaders)).refused;
  }
}

/** Whether a post is its thread's accepted answer. */
@Resolver(() => PostModel)
export class PostAcceptedResolver {
  constructor(private readonly threads: ThreadsService) {}

  @ResolveField(() => Boolean, { description: "Whether this post is its thread's accepted answer" })
  async isAccepted(post: PostModel, _args: NoArgs, ctx: GqlContext) {
    return (await this.threads.acceptedLoader(ctx.loaders).load(post.threadId))?.postId === post.id;
  }
}

@Resolver(() => AcceptedAnswerModel)
export class AcceptedAnswerResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => PostModel)
  async post(accepted: AcceptedAnswerModel, _args: NoArgs, ctx: GqlContext) {
    return PostModel.from((await this.threads.postLoader(ctx.loaders).load(accepted.postId))!);
  }

  @ResolveField(() => UserModel)
  async acceptedBy(accepted: AcceptedAnswerModel, _args: NoArgs, ctx: GqlContext) {
    return toUserModel((await this.accounts.userLoader(ctx.loaders).load(accepted.acceptedById))!);
  }
}
