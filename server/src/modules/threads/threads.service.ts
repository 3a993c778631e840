import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/domain/viewer';
import { canPostInForum } from '../forums/domain/forum-rules';
import { ForumsService } from '../forums/forums.service';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { bodyProblem, editProblem, normalizeBody, normalizeTags, normalizeTitle, tagsProblem, titleProblem, type EditProblem, type ForumFacts, type InputProblem } from './domain/thread-rules';
import type { ForumEntity } from '../forums/entities/forum.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';
import { PostRenderer } from './post-renderer.service';
import { CountersRepository } from './counters.repository';
import { PostsRepository } from './posts.repository';
import { ThreadsRepository, type ThreadListOptions } from './threads.repository';
import { canSeeThread, readScopeOf, type ReadScope } from '../forums/domain/read-scope';
import { OPENING_POST_BY_THREAD, THREAD_BY_ID } from './loader-keys';
import { NotificationsService } from '../notifications/notifications.service';

export function assertInput(...problems: Array<InputProblem | null>) {
  const problem = problems.find(Boolean);
  if (problem) throw new BadUserInputError(problem.field, problem.message);
}

const EDIT_REFUSALS: Record<Exclude<EditProblem, null>, () => Error> = {
  unauthenticated: () => new UnauthenticatedError('Sign in to edit'),
  'not-yours': () => new ForbiddenError('You can only edit your own posts'),
  locked: () => new ForbiddenError('This thread is locked'),
  archived: () => new ForbiddenError('This forum is archived (read-only)'),
};

/** Throws the right error when the viewer may not edit this post now. */
export function assertCanEdit(viewer: Viewer, post: PostEntity, thread: ThreadEntity, forum: ForumFacts) {
  const problem = editProblem(viewer, post, thread, forum);
  if (problem) throw EDIT_REFUSALS[problem]();
}

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ThreadsRepository,
    private readonly posts: PostsRepository,
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
  async forumOf(thread: Pick<ThreadEntity, 'forumId'>, loaders: LoaderRegistry): Promise<ForumEntity> {
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
    if (!canPostInForum(viewer, forum)) throw new ForbiddenError('This forum is archived (read-only)');
    const rendered = await this.renderer.render(input.body);
    const title = normalizeTitle(input.title);
    const tags = normalizeTags(input.tags);
    const threadId = await this.db.transaction(async (tx) => {
      const thread = await this.repo.insert({ forumId: forum.id, authorId, title, tags }, tx);
      const postId = await this.posts.insertOpening(thread.id, authorId, { bodySource: input.body, bodyHtml: rendered.html, bodyText: rendered.text }, thread.createdAt, tx);
      await this.posts.insertRevision({ postId, revision: 1, editorId: authorId, bodySource: input.body, opening: { title, tags } }, tx);
      await this.notifications.notifyMentions(postId, await this.posts.replaceMentions(postId, rendered.mentionedUserIds, tx), authorId, tx);
      if (!(await this.counters.countNewThread(forum.id, thread.id, thread.createdAt, tx))) throw new ForbiddenError('This forum is archived (read-only)');
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
      const post = await this.posts.lockForEdit(opening.id, tx);
      // The diff was computed against the text we read; an edit that landed since then would make it wrong.
      if (post.bodySource !== opening.bodySource) throw new ConflictError('This post was edited meanwhile; reload it and edit again', 'body');
      const revision = post.revisionCount + 1;
      await this.repo.updateTitleAndTags(thread.id, title, tags, tx);
      await this.posts.updateOpeningBody(opening.id, { bodySource: body, rendered }, revision, tx);
      await this.posts.insertRevision(
        { postId: opening.id, revision, editorId: viewer.userId, bodySource: body, opening: { title, tags }, edit: { reason: input.reason?.trim() || null, diff } },
        tx,
      );
      if (rendered) await this.notifications.notifyMentions(opening.id, await this.posts.replaceMentions(opening.id, rendered.mentionedUserIds, tx), opening.authorId, tx);
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
}
