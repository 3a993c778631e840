import { replyWindow, type ReplyPageRequest } from './domain/reply-window';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ANONYMOUS, type Viewer } from '../accounts/domain/viewer';
import { canPostInForum, type ForumAccess } from '../forums/domain/forum-rules';
import { ForumArchivedError } from '../forums/forums.errors';
import { ForumsService } from '../forums/forums.service';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import {
  bodyProblem,
  editProblem,
  normalizeBody,
  normalizeTags,
  normalizeTitle,
  tagsProblem,
  titleProblem,
  type EditProblem,
  type ForumFacts,
  type InputProblem,
} from './domain/thread-rules';
import type { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';
import type { LatestTabEnum } from './models/enums';
import { ThreadModel } from './models/thread.model';
import { PostRenderer } from './post-renderer.service';
import { CountersRepository } from './counters.repository';
import { PostVersionsRepository } from './post-versions.repository';
import { EditConflictError, NotYourPostError, ThreadLockedError } from './threads.errors';
import { ThreadsRepository, type ThreadListOptions } from './threads.repository';
import { canSeeThread, readScopeOf, type ReadScope } from '../forums/domain/read-scope';
import { ACCEPTED_BY_THREAD, OPENING_POST_BY_THREAD, POST_BY_ID, REPLY_PAGE, THREAD_BY_ID } from './loader-keys';
import { NotificationsService } from '../notifications/notifications.service';

// The rows of the data core, as types for the modules that read them through this service (posts, answers,
// moderation); only threads queries them by entity.
export type { AcceptedAnswerEntity, PostEntity, ThreadEntity };
export type { NewPostBody } from './post-versions.repository';

export function assertInput(...problems: Array<InputProblem | null>) {
  const problem = problems.find(Boolean);
  if (problem) throw new BadUserInputError(problem.field, problem.message);
}

const EDIT_REFUSALS: Record<Exclude<EditProblem, null>, () => Error> = {
  unauthenticated: () => new UnauthenticatedError('Sign in to edit'),
  'not-yours': () => new NotYourPostError('edit'),
  locked: () => new ThreadLockedError(),
  archived: () => new ForumArchivedError(),
};

/** Throws the right error when the viewer may not edit this post now. */
export function assertCanEdit(viewer: Viewer, post: PostEntity, thread: ThreadEntity, forum: ForumFacts) {
  const problem = editProblem(viewer, post, thread, forum);
  if (problem) throw EDIT_REFUSALS[problem]();
}

/**
 * Threads and their opening posts, and the data core the other modules read through: visible threads and posts,
 * the request's loaders of thread, post and accepted-answer rows, and the outbox record of a changed thread.
 */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ThreadsRepository,
    private readonly versions: PostVersionsRepository,
    private readonly counters: CountersRepository,
    private readonly forums: ForumsService,
    private readonly renderer: PostRenderer,
    private readonly notifications: NotificationsService,
  ) {}

  /** The thread if the scope may see it (its forum visible; hidden ones for moderators only), else NOT_FOUND. */
  async getVisible(scope: ReadScope, threadId: string, loaders: LoaderRegistry): Promise<ThreadEntity> {
    const thread = isUuid(threadId) ? await this.repo.threadLoader(loaders).load(threadId) : null;
    const forum = thread ? await this.forums.loader(loaders).load(thread.forumId) : null;
    if (!thread || !forum || !canSeeThread(scope, forum, thread)) throw new NotFoundError('Thread');
    return thread;
  }

  /** The forum a visible thread is in (read-only when archived); batched and cached per request. */
  async forumOf(thread: Pick<ThreadEntity, 'forumId'>, loaders: LoaderRegistry): Promise<ForumAccess> {
    const forum = await this.forums.loader(loaders).load(thread.forumId);
    if (!forum) throw new NotFoundError('Thread');
    return forum;
  }

  async create(viewer: Viewer, input: { forumId: string; title: string; body: string; tags: string[] }, loaders: LoaderRegistry): Promise<ThreadEntity> {
    const authorId = viewer.userId;
    if (!authorId) throw new UnauthenticatedError('Sign in to start a thread');
    input = { ...input, body: normalizeBody(input.body) };
    assertInput(titleProblem(input.title), bodyProblem(input.body), tagsProblem(input.tags));
    const forum = await this.forums.getVisible(readScopeOf(viewer), { id: input.forumId }).catch(() => {
      throw new BadUserInputError('forumId', 'No such forum');
    });
    if (!canPostInForum(viewer, forum)) throw new ForumArchivedError();
    const rendered = await this.renderer.render(input.body);
    const title = normalizeTitle(input.title);
    const tags = normalizeTags(input.tags);
    const threadId = await this.db.transaction(async (tx) => {
      const thread = await this.repo.insert({ forumId: forum.id, authorId, title, tags }, tx);
      const postId = await this.versions.insertOpening(
        thread.id,
        authorId,
        { bodySource: input.body, bodyHtml: rendered.html, bodyText: rendered.text },
        thread.createdAt,
        tx,
      );
      await this.versions.insertRevision({ postId, revision: 1, editorId: authorId, bodySource: input.body, opening: { title, tags } }, tx);
      await this.notifications.notifyMentions(postId, await this.versions.replaceMentions(postId, rendered.mentionedUserIds, tx), authorId, tx);
      await this.notifications.watchNewThread(authorId, thread.id, tx);
      if (!(await this.counters.countNewThread(forum.id, thread.id, thread.createdAt, tx))) throw new ForumArchivedError();
      await this.repo.enqueueChanges([thread.id], tx);
      return thread.id;
    });
    loaders.clear(THREAD_BY_ID);
    return this.getVisible(readScopeOf(viewer), threadId, loaders);
  }

  /** Edits the opening post, title and tags in one revision. */
  async edit(viewer: Viewer, input: { threadId: string; title?: string; body?: string; tags?: string[]; reason?: string }, loaders: LoaderRegistry) {
    const thread = await this.getVisible(readScopeOf(viewer), input.threadId, loaders);
    const opening = await this.repo.openingPostLoader(loaders).load(thread.id);
    if (!opening) throw new NotFoundError('Thread');
    assertCanEdit(viewer, opening, thread, await this.forumOf(thread, loaders));
    if (input.body !== undefined) input = { ...input, body: normalizeBody(input.body) };
    assertInput(
      input.title !== undefined ? titleProblem(input.title) : null,
      input.body !== undefined ? bodyProblem(input.body) : null,
      input.tags !== undefined ? tagsProblem(input.tags) : null,
    );
    const title = input.title !== undefined ? normalizeTitle(input.title) : thread.title;
    const tags = input.tags !== undefined ? normalizeTags(input.tags) : thread.tags;
    const body = input.body ?? opening.bodySource;
    const unchanged = title === thread.title && JSON.stringify(tags) === JSON.stringify(thread.tags) && body === opening.bodySource;
    if (unchanged) return thread;
    const [rendered, diff] = await Promise.all([body === opening.bodySource ? null : this.renderer.render(body), this.renderer.diff(opening.bodySource, body)]);
    await this.db.transaction(async (tx) => {
      const post = await this.versions.lockForEdit(opening.id, tx);
      // The diff was computed against the text we read; an edit that landed since then would make it wrong.
      if (post.bodySource !== opening.bodySource) throw new EditConflictError();
      const revision = post.revisionCount + 1;
      await this.repo.updateTitleAndTags(thread.id, title, tags, tx);
      await this.versions.updateOpeningBody(opening.id, { bodySource: body, rendered }, revision, tx);
      await this.versions.insertRevision(
        {
          postId: opening.id,
          revision,
          editorId: viewer.userId,
          bodySource: body,
          opening: { title, tags },
          edit: { reason: input.reason?.trim() || null, diff },
        },
        tx,
      );
      if (rendered)
        await this.notifications.notifyMentions(
          opening.id,
          await this.versions.replaceMentions(opening.id, rendered.mentionedUserIds, tx),
          opening.authorId,
          tx,
        );
      await this.repo.enqueueChanges([thread.id], tx);
    });
    loaders.clear(THREAD_BY_ID);
    loaders.clear(OPENING_POST_BY_THREAD);
    return this.getVisible(readScopeOf(viewer), thread.id, loaders);
  }

  /** A forum's threads; hidden ones only for moderators (and admins). */
  async list(scope: ReadScope, forumId: string, args: Omit<ThreadListOptions, 'forumId' | 'scope'>) {
    return this.repo.listThreads({ ...args, forumId, scope });
  }

  /** The home page's tabs over every forum the scope may see (hidden threads for moderators only). */
  listLatest(scope: ReadScope, tab: LatestTabEnum, first: number, after?: string | null) {
    return this.repo.listLatest(scope, tab, first, after);
  }

  /** A user group's latest active threads, from the forums the scope may see. */
  latestInGroup(scope: ReadScope, groupId: string, limit: number) {
    return this.repo.latestInGroup(groupId, limit, scope);
  }

  /** Replies of a visible thread (post number 2 onwards) after a post number, in order; the caller checked the thread. */
  listReplies(threadId: string, first: number, afterNumber: number, scope: ReadScope): Promise<PostEntity[]> {
    return this.repo.listReplies(threadId, first, afterNumber, scope);
  }

  /**
   * One page of a visible thread's replies, in order, placed after a post number, before one, or around one (the
   * page holding a deep-linked reply); the caller checked the thread. Each side fetches one extra row to know
   * whether more lie beyond.
   */
  private async replyPage(threadId: string, first: number, request: ReplyPageRequest, scope: ReadScope): Promise<ReplyPage> {
    if (request.kind === 'after') {
      const rows = await this.repo.listReplies(threadId, first, request.afterNumber, scope);
      return { rows: rows.slice(0, first), hasPreviousPage: request.afterNumber > 1, hasNextPage: rows.length > first };
    }
    if (request.kind === 'before') {
      const rows = await this.repo.listRepliesBefore(threadId, first + 1, request.beforeNumber, scope);
      // The reply the cursor names follows this page.
      return { rows: rows.slice(0, first).reverse(), hasPreviousPage: rows.length > first, hasNextPage: true };
    }
    const [before, from] = await Promise.all([
      this.repo.listRepliesBefore(threadId, first + 1, request.postNumber, scope),
      this.repo.listReplies(threadId, first, request.postNumber - 1, scope),
    ]);
    const window = replyWindow(first, before.length, from.length);
    return {
      rows: [...before.slice(0, window.before).reverse(), ...from.slice(0, window.from)],
      hasPreviousPage: window.hasPreviousPage,
      hasNextPage: window.hasNextPage,
    };
  }

  /**
   * replyPage, shared between the viewers who see the same replies (platform/read-cache/shared-rows.ts): moderators
   * see one page; everyone else the public one, except a member with hidden replies of their own in the thread (they
   * still see those, marked), whose page is theirs alone. The public page is read with the signed-out scope, so it
   * never holds anyone's own hidden reply, even one hidden after the list of hidden authors was read.
   */
  async sharedReplyPage(loaders: LoaderRegistry, threadId: string, first: number, request: ReplyPageRequest, scope: ReadScope): Promise<ReplyPage> {
    let whose = 'public';
    if (scope.hidden) whose = 'moderators';
    else if (scope.userId && (await this.repo.hiddenReplyAuthorsLoader(loaders).load(threadId)).includes(scope.userId)) whose = scope.userId;
    // One viewer per request: the batch below reads with this request's scope, or the public one.
    const key = JSON.stringify([threadId, first, request, whose]);
    return loaders
      .getShared(REPLY_PAGE, (keys) =>
        Promise.all(
          keys.map((k) => {
            const [id, size, at, who] = JSON.parse(k) as [string, number, ReplyPageRequest, string];
            return this.replyPage(id, size, at, who === 'public' ? readScopeOf(ANONYMOUS) : scope);
          }),
        ),
      )
      .load(key);
  }

  /** Up to `limit` visible replies numbered below `beforeNumber`, nearest first. */
  listRepliesBefore(threadId: string, limit: number, beforeNumber: number, scope: ReadScope): Promise<PostEntity[]> {
    return this.repo.listRepliesBefore(threadId, limit, beforeNumber, scope);
  }

  /** A user's latest visible posts, only from forums the scope may see. */
  recentPosts(userId: string, limit: number, scope: ReadScope): Promise<PostEntity[]> {
    return this.repo.recentPosts(userId, limit, scope);
  }

  /** Maps with the accepted answer already known (one batched lookup), so `status` is right. */
  async toModel(thread: Parameters<typeof ThreadModel.from>[0], loaders: LoaderRegistry): Promise<ThreadModel> {
    const accepted = thread.acceptedPostId !== undefined ? thread.acceptedPostId : (await this.repo.acceptedLoader(loaders).load(thread.id))?.postId;
    return ThreadModel.from({ ...thread, acceptedPostId: accepted ?? null }, !!accepted);
  }

  /** Records that threads changed (search reindexes them), in the caller's transaction. */
  recordChanged(threadIds: readonly string[], m: EntityManager): Promise<void> {
    return this.repo.enqueueChanges(threadIds, m);
  }

  // The request's loaders of the data core. A write clears the loader it made stale, here for other modules.

  threadLoader(loaders: LoaderRegistry) {
    return this.repo.threadLoader(loaders);
  }

  postLoader(loaders: LoaderRegistry) {
    return this.repo.postLoader(loaders);
  }

  openingPostLoader(loaders: LoaderRegistry) {
    return this.repo.openingPostLoader(loaders);
  }

  acceptedLoader(loaders: LoaderRegistry) {
    return this.repo.acceptedLoader(loaders);
  }

  /** After a write to thread rows (counters, lock, move, hide) in this request. */
  forgetThreads(loaders: LoaderRegistry): void {
    loaders.clear(THREAD_BY_ID);
  }

  /** After a write to post rows (body, votes, hidden) in this request. */
  forgetPosts(loaders: LoaderRegistry): void {
    loaders.clear(POST_BY_ID);
  }

  /** After accepting, clearing or hiding an accepted answer in this request. */
  forgetAcceptedAnswers(loaders: LoaderRegistry): void {
    loaders.clear(ACCEPTED_BY_THREAD);
  }
}

/** A page of replies and whether more lie on each side. */
export interface ReplyPage {
  rows: PostEntity[];
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}
