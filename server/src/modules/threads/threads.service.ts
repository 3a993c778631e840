import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
import { enqueueThreadChanges } from './threads.counters';
import { ThreadsRepository, type ThreadListOptions } from './threads.repository';
import { canSeeThread, readScopeOf, type ReadScope } from '../forums/domain/read-scope';

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

export async function replaceMentions(m: EntityManager, postId: string, userIds: string[]) {
  await m.query(`DELETE FROM post_mentions WHERE post_id = $1`, [postId]);
  if (userIds.length) await m.query(`INSERT INTO post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [postId, userIds]);
}

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ThreadsRepository,
    private readonly forums: ForumsService,
    private readonly renderer: PostRenderer,
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
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to start a thread');
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
      const [thread] = await tx.query(
        `INSERT INTO threads (forum_id, author_id, title, tags, last_post_number, last_poster_id, last_activity_at, created_at)
         VALUES ($1, $2, $3, $4, 1, $2, clock_timestamp(), clock_timestamp()) RETURNING id, created_at`,
        [forum.id, viewer.userId, title, tags],
      );
      const [post] = await tx.query(
        `INSERT INTO posts (thread_id, post_number, author_id, body_source, body_html, body_text, created_at)
         VALUES ($1, 1, $2, $3, $4, $5, $6) RETURNING id`,
        [thread.id, viewer.userId, input.body, rendered.html, rendered.text, thread.created_at],
      );
      await tx.query(`INSERT INTO post_revisions (post_id, revision, editor_id, title, tags, body_source) VALUES ($1, 1, $2, $3, $4, $5)`, [
        post.id,
        viewer.userId,
        title,
        tags,
        input.body,
      ]);
      await replaceMentions(tx, post.id, rendered.mentionedUserIds);
      // "AND archived_at IS NULL" re-checks under the row lock: a forum archived since we read it takes nothing.
      const [counted] = await tx.query(
        `UPDATE forums SET thread_count = thread_count + 1, post_count = post_count + 1, updated_at = now(),
                last_thread_id = CASE WHEN $3 >= coalesce(last_activity_at, '-infinity') THEN $2 ELSE last_thread_id END,
                last_activity_at = greatest(coalesce(last_activity_at, $3), $3)
          WHERE id = $1 AND archived_at IS NULL RETURNING id`,
        [forum.id, thread.id, thread.created_at],
      );
      if (!counted.length) throw new ForbiddenError('This forum is archived (read-only)');
      await enqueueThreadChanges(tx, [thread.id]);
      return thread.id as string;
    });
    loaders.clear('threads.byId');
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
      const [post] = await tx.query(`SELECT revision_count, body_source FROM posts WHERE id = $1 FOR UPDATE`, [opening.id]);
      // The diff was computed against the text we read; an edit that landed since then would make it wrong.
      if (post.body_source !== opening.bodySource) throw new ConflictError('This post was edited meanwhile; reload it and edit again', 'body');
      const revision = post.revision_count + 1;
      await tx.query(`UPDATE threads SET title = $2, tags = $3, updated_at = now() WHERE id = $1`, [thread.id, title, tags]);
      await tx.query(
        `UPDATE posts SET body_source = $2, body_html = coalesce($3, body_html), body_text = coalesce($4, body_text), body_format = CASE WHEN $3::text IS NULL THEN body_format ELSE 'markdown' END,
                revision_count = $5, edited_at = now() WHERE id = $1`,
        [opening.id, body, rendered?.html ?? null, rendered?.text ?? null, revision],
      );
      await tx.query(`INSERT INTO post_revisions (post_id, revision, editor_id, title, tags, body_source, reason, body_diff) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        opening.id,
        revision,
        viewer.userId,
        title,
        tags,
        body,
        input.reason?.trim() || null,
        JSON.stringify(diff),
      ]);
      if (rendered) await replaceMentions(tx, opening.id, rendered.mentionedUserIds);
      await enqueueThreadChanges(tx, [thread.id]);
    });
    loaders.clear('threads.byId');
    loaders.clear('posts.openingByThread');
    return this.getVisible(readScopeOf(viewer), thread.id, loaders);
  }

  /** A forum's threads; hidden ones only for moderators (and admins). */
  async list(scope: ReadScope, forumId: string, args: Omit<ThreadListOptions, 'forumId' | 'scope'>) {
    return this.repo.listThreads({ ...args, forumId, scope });
  }
}
