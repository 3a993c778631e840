import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isModerator, isStaff, type Viewer } from '../accounts/domain/viewer';
import { ForumArchivedError } from '../forums/forums.errors';
import { RateLimitedError, BadUserInputError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { BODY_MAX, bodyProblem, normalizeBody } from '../threads/domain/thread-rules';
import { CountersService } from '../threads/counters.service';
import { PostRenderer } from '../threads/post-renderer.service';
import { PostVersionsService } from '../threads/post-versions.service';
import { EditConflictError, NotYourPostError, ThreadHiddenError, ThreadLockedError } from '../threads/threads.errors';
import { assertCanEdit, assertInput, ThreadsService, type PostEntity } from '../threads/threads.service';
import { WindowLimiter } from '../../platform/rate-limit/window-limiter';
import { canReply, deleteProblem, voteProblem, type DeleteProblem } from './domain/post-rules';
import { PostsRepository } from './posts.repository';
import { canSeePost, readScopeOf, type ReadScope } from '../forums/domain/read-scope';
import { REVISIONS_BY_POST, votesByViewer } from './loader-keys';
import { NotificationsService } from '../notifications/notifications.service';

const DELETE_REFUSALS: Record<Exclude<DeleteProblem, null>, () => Error> = {
  unauthenticated: () => new UnauthenticatedError('Sign in to delete your posts'),
  'not-yours': () => new NotYourPostError('delete'),
  'opening-post': () => new BadUserInputError('postId', 'The opening post cannot be deleted on its own'),
  locked: () => new ThreadLockedError('This thread is locked; only moderators can delete its replies'),
  archived: () => new ForumArchivedError(),
};

/** A person typing and pressing Preview now and then stays far below this; a script does not. */
const PREVIEWS_PER_MINUTE = 30;

/** Replies, their edits and deletion, helpful votes, and hiding a post with exact counters. */
@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostsRepository,
    private readonly threads: ThreadsService,
    private readonly versions: PostVersionsService,
    private readonly counters: CountersService,
    private readonly renderer: PostRenderer,
    private readonly notifications: NotificationsService,
  ) {}

  private readonly previewLimiter = new WindowLimiter(PREVIEWS_PER_MINUTE, 60_000);

  /** Composer preview: signed-in users only, and a bounded number per minute (each one is a full render). */
  async preview(viewer: Viewer, body: string): Promise<string> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to preview');
    const retryAfter = this.previewLimiter.take(viewer.userId);
    if (retryAfter) throw new RateLimitedError('Too many previews.', retryAfter);
    if (body.length > BODY_MAX) throw new BadUserInputError('body', `Post must be at most ${BODY_MAX.toLocaleString('en-US')} characters`);
    return this.renderer.preview(body);
  }

  /** The post if the scope may see it, its thread and its forum, else NOT_FOUND. */
  async getVisible(scope: ReadScope, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = isUuid(postId) ? await this.threads.postLoader(loaders).load(postId) : null;
    const thread = post ? await this.threads.threadLoader(loaders).load(post.threadId) : null;
    const forum = thread ? await this.threads.forumOf(thread, loaders).catch(() => null) : null;
    if (!post || !thread || !forum || !canSeePost(scope, forum, thread, post)) throw new NotFoundError('Post');
    return post;
  }

  /** The forum a visible post is in (its thread and forum come from the request's loaders). */
  private async forumOfPost(viewer: Viewer, post: PostEntity, loaders: LoaderRegistry) {
    return this.threads.forumOf(await this.threads.getVisible(readScopeOf(viewer), post.threadId, loaders), loaders);
  }

  /**
   * `alsoInTransaction` runs with the new post's id in the reply's transaction (the tickets module records a
   * resolution there: if it refuses, the reply is not posted).
   */
  async reply(
    viewer: Viewer,
    input: { threadId: string; body: string; replyToPostId?: string | null },
    loaders: LoaderRegistry,
    alsoInTransaction?: (tx: EntityManager, postId: string) => Promise<void>,
  ): Promise<PostEntity> {
    const authorId = viewer.userId;
    if (!authorId) throw new UnauthenticatedError('Sign in to reply');
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    const decision = canReply(viewer, thread, await this.threads.forumOf(thread, loaders));
    if (decision === 'hidden') throw new ThreadHiddenError();
    if (decision === 'archived') throw new ForumArchivedError();
    if (decision === 'locked') throw new ThreadLockedError();
    assertInput(bodyProblem(input.body));
    input = { ...input, body: normalizeBody(input.body) };
    if (input.replyToPostId) {
      const target = await this.threads.postLoader(loaders).load(input.replyToPostId);
      if (!target || target.threadId !== thread.id || target.hiddenAt) throw new BadUserInputError('replyToPostId', 'That post is not in this thread');
    }
    const rendered = await this.renderer.render(input.body);
    const postId = await this.db.transaction(async (tx) => {
      // Lock the thread row first: post numbers and counters advance one reply at a time, a lock that landed
      // since we read the thread is seen here, and the clock is read only once we hold the lock, so
      // created_at, post_number and last_activity_at all agree on the order of replies.
      const locked = await this.posts.lockThreadForReply(thread.id, tx);
      if (!locked) throw new NotFoundError('Thread');
      if (locked.lockedAt && !isModerator(viewer)) throw new ThreadLockedError();
      const counted = await this.counters.countReply(thread.id, authorId, isStaff(viewer), tx);
      const id = await this.versions.insertReply(
        { threadId: thread.id, postNumber: counted.postNumber, authorId, replyToPostId: input.replyToPostId ?? null, createdAt: counted.at },
        { bodySource: input.body, bodyHtml: rendered.html, bodyText: rendered.text },
        tx,
      );
      await this.versions.insertRevision({ postId: id, revision: 1, editorId: authorId, bodySource: input.body }, tx);
      const mentioned = await this.versions.replaceMentions(id, rendered.mentionedUserIds, tx);
      await this.notifications.notifyMentions(id, mentioned, authorId, tx);
      await this.notifications.notifyReply({ postId: id, threadId: thread.id, authorId, replyToPostId: input.replyToPostId ?? null }, mentioned, tx);
      if (!(await this.counters.countReplyInForum(counted.forumId, thread.id, counted.at, tx))) throw new ForumArchivedError();
      await this.threads.recordChanged([thread.id], tx);
      if (alsoInTransaction) await alsoInTransaction(tx, id);
      return id;
    });
    this.threads.forgetThreads(loaders);
    return this.getVisible(readScopeOf(viewer), postId, loaders);
  }

  async edit(viewer: Viewer, input: { postId: string; body: string; reason?: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.getVisible(readScopeOf(viewer), input.postId, loaders);
    if (post.postNumber === 1) {
      await this.threads.edit(viewer, { threadId: post.threadId, body: input.body, reason: input.reason }, loaders);
      this.threads.forgetPosts(loaders);
      return this.getVisible(readScopeOf(viewer), post.id, loaders);
    }
    const thread = await this.threads.getVisible(readScopeOf(viewer), post.threadId, loaders);
    assertCanEdit(viewer, post, thread, await this.threads.forumOf(thread, loaders));
    assertInput(bodyProblem(input.body));
    input = { ...input, body: normalizeBody(input.body) };
    if (input.body === post.bodySource) return post;
    const [rendered, diff] = await Promise.all([this.renderer.render(input.body), this.renderer.diff(post.bodySource, input.body)]);
    await this.db.transaction(async (tx) => {
      const row = await this.versions.lockForEdit(post.id, tx);
      // The diff was computed against the text we read; an edit that landed since then would make it wrong.
      if (row.bodySource !== post.bodySource) throw new EditConflictError();
      const revision = row.revisionCount + 1;
      await this.posts.updateBody(post.id, { bodySource: input.body, bodyHtml: rendered.html, bodyText: rendered.text }, revision, tx);
      await this.versions.insertRevision(
        { postId: post.id, revision, editorId: viewer.userId, bodySource: input.body, edit: { reason: input.reason?.trim() || null, diff } },
        tx,
      );
      await this.notifications.notifyMentions(post.id, await this.versions.replaceMentions(post.id, rendered.mentionedUserIds, tx), post.authorId, tx);
      await this.threads.recordChanged([post.threadId], tx);
    });
    this.threads.forgetPosts(loaders);
    return this.getVisible(readScopeOf(viewer), post.id, loaders);
  }

  /** Soft delete by the author (or a moderator): the post disappears, counters are recounted, an accepted mark goes. */
  async delete(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.getVisible(readScopeOf(viewer), postId, loaders);
    const thread = await this.threads.getVisible(readScopeOf(viewer), post.threadId, loaders);
    const problem = deleteProblem(viewer, post, thread, await this.threads.forumOf(thread, loaders));
    if (problem) throw DELETE_REFUSALS[problem]();
    await this.setHidden(viewer, post, true);
    this.threads.forgetPosts(loaders);
    this.threads.forgetThreads(loaders);
    this.threads.forgetAcceptedAnswers(loaders);
    return (await this.threads.postLoader(loaders).load(post.id))!;
  }

  /**
   * Hides or restores a reply, keeping thread and forum counters exact; hiding clears an accepted mark on it.
   * `alsoInTransaction` runs after the recounts, in the same transaction (moderation records its log entry there).
   */
  async setHidden(viewer: Viewer, post: PostEntity, hidden: boolean, alsoInTransaction?: (tx: EntityManager) => Promise<void>): Promise<void> {
    await this.db.transaction(async (tx) => {
      const thread = (await this.posts.lockThreadForRecount(post.threadId, tx))!;
      await this.counters.lockForums([thread.forumId], tx);
      await this.posts.setHidden(post.id, hidden, viewer.userId, tx);
      if (hidden) await this.posts.deleteAcceptedMark(post.id, tx);
      await this.counters.recountThreads([thread.id], tx);
      await this.counters.recountForums([thread.forumId], tx);
      if (alsoInTransaction) await alsoInTransaction(tx);
      await this.threads.recordChanged([thread.id], tx);
    });
  }

  /** One helpful vote per user and post; voting twice changes nothing. */
  async vote(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.getVisible(readScopeOf(viewer), postId, loaders);
    const problem = voteProblem(viewer, post, await this.forumOfPost(viewer, post, loaders));
    if (problem === 'unauthenticated') throw new UnauthenticatedError('Sign in to vote');
    if (problem === 'archived') throw new ForumArchivedError();
    if (problem === 'own-post') throw new BadUserInputError('postId', 'You cannot vote on your own post');
    if (problem === 'hidden') throw new NotFoundError('Post');
    const voterId = viewer.userId!; // voteProblem refused the anonymous viewer above
    await this.db.transaction(async (tx) => {
      if (await this.posts.addVote(post.id, voterId, tx)) await this.counters.countVote(post.threadId, post.id, tx);
    });
    this.threads.forgetPosts(loaders);
    this.threads.forgetThreads(loaders);
    loaders.clear(votesByViewer(voterId));
    return (await this.threads.postLoader(loaders).load(post.id))!;
  }

  async withdrawVote(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    const voterId = viewer.userId;
    if (!voterId) throw new UnauthenticatedError('Sign in to vote');
    const post = await this.getVisible(readScopeOf(viewer), postId, loaders);
    if (voteProblem(viewer, post, await this.forumOfPost(viewer, post, loaders)) === 'archived') throw new ForumArchivedError();
    await this.db.transaction(async (tx) => {
      if (await this.posts.removeVote(post.id, voterId, tx)) await this.counters.uncountVote(post.threadId, post.id, tx);
    });
    this.threads.forgetPosts(loaders);
    this.threads.forgetThreads(loaders);
    loaders.clear(votesByViewer(voterId));
    return (await this.threads.postLoader(loaders).load(post.id))!;
  }

  /** After a redaction in this request: the revision history is read again. */
  forgetRevisions(loaders: LoaderRegistry): void {
    loaders.clear(REVISIONS_BY_POST);
  }
}
