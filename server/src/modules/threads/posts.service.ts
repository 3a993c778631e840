import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isModerator, isStaff, type Viewer } from '../accounts/domain/viewer';
import { RateLimitedError, BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { BODY_MAX, bodyProblem, canReply, deleteProblem, normalizeBody, voteProblem, type DeleteProblem } from './domain/thread-rules';
import type { PostEntity } from './entities/post.entity';
import { WindowLimiter } from '../../platform/rate-limit/window-limiter';
import { PostRenderer } from './post-renderer.service';
import { enqueueThreadChanges, lockForums, recountForums, recountThreads } from './threads.counters';
import { ThreadsRepository } from './threads.repository';
import { assertCanEdit, assertInput, replaceMentions, ThreadsService } from './threads.service';
import { canSeePost, readScopeOf, type ReadScope } from '../forums/domain/read-scope';

const ARCHIVED = 'This forum is archived (read-only)';

const DELETE_REFUSALS: Record<Exclude<DeleteProblem, null>, () => Error> = {
  unauthenticated: () => new UnauthenticatedError('Sign in to delete your posts'),
  'not-yours': () => new ForbiddenError('You can only delete your own posts'),
  'opening-post': () => new BadUserInputError('postId', 'The opening post cannot be deleted on its own'),
  locked: () => new ForbiddenError('This thread is locked; only moderators can delete its replies'),
  archived: () => new ForbiddenError(ARCHIVED),
};

/** A person typing and pressing Preview now and then stays far below this; a script does not. */
const PREVIEWS_PER_MINUTE = 30;

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ThreadsRepository,
    private readonly threads: ThreadsService,
    private readonly renderer: PostRenderer,
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
    const post = isUuid(postId) ? await this.repo.postLoader(loaders).load(postId) : null;
    const thread = post ? await this.repo.threadLoader(loaders).load(post.threadId) : null;
    const forum = thread ? await this.threads.forumOf(thread, loaders).catch(() => null) : null;
    if (!post || !thread || !forum || !canSeePost(scope, forum, thread, post)) throw new NotFoundError('Post');
    return post;
  }

  /** The forum a visible post is in (its thread and forum come from the request's loaders). */
  private async forumOfPost(viewer: Viewer, post: PostEntity, loaders: LoaderRegistry) {
    return this.threads.forumOf(await this.threads.getVisible(readScopeOf(viewer), post.threadId, loaders), loaders);
  }

  async reply(viewer: Viewer, input: { threadId: string; body: string; replyToPostId?: string | null }, loaders: LoaderRegistry): Promise<PostEntity> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to reply');
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    const decision = canReply(viewer, thread, await this.threads.forumOf(thread, loaders));
    if (decision === 'archived') throw new ForbiddenError(ARCHIVED);
    if (decision === 'locked') throw new ForbiddenError('This thread is locked');
    assertInput(bodyProblem(input.body));
    input = { ...input, body: normalizeBody(input.body) };
    if (input.replyToPostId) {
      const target = await this.repo.postLoader(loaders).load(input.replyToPostId);
      if (!target || target.threadId !== thread.id || target.hiddenAt) throw new BadUserInputError('replyToPostId', 'That post is not in this thread');
    }
    const rendered = await this.renderer.render(input.body);
    const postId = await this.db.transaction(async (tx) => {
      // Lock the thread row first: post numbers and counters advance one reply at a time, a lock that landed
      // since we read the thread is seen here, and the clock is read only once we hold the lock, so
      // created_at, post_number and last_activity_at all agree on the order of replies.
      const [locked] = await tx.query(`SELECT locked_at FROM threads WHERE id = $1 AND hidden_at IS NULL FOR UPDATE`, [thread.id]);
      if (!locked) throw new NotFoundError('Thread');
      if (locked.locked_at && !isModerator(viewer)) throw new ForbiddenError('This thread is locked');
      const [[row]] = await tx.query(
        `UPDATE threads SET last_post_number = last_post_number + 1, reply_count = reply_count + 1,
                last_activity_at = clock_timestamp(), last_poster_id = $2, updated_at = now(),
                first_staff_reply_at = CASE WHEN $3 THEN coalesce(first_staff_reply_at, clock_timestamp()) ELSE first_staff_reply_at END
          WHERE id = $1 RETURNING last_post_number, last_activity_at, forum_id`,
        [thread.id, viewer.userId, isStaff(viewer)],
      );
      const [post] = await tx.query(
        `INSERT INTO posts (thread_id, post_number, author_id, body_source, body_html, body_text, reply_to_post_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [thread.id, row.last_post_number, viewer.userId, input.body, rendered.html, rendered.text, input.replyToPostId ?? null, row.last_activity_at],
      );
      await tx.query(`INSERT INTO post_revisions (post_id, revision, editor_id, body_source) VALUES ($1, 1, $2, $3)`, [post.id, viewer.userId, input.body]);
      await replaceMentions(tx, post.id, rendered.mentionedUserIds);
      // "AND archived_at IS NULL" re-checks under the row lock: a forum archived since we read it takes nothing.
      const [counted] = await tx.query(
        `UPDATE forums SET post_count = post_count + 1, updated_at = now(),
                last_thread_id = CASE WHEN $3 >= coalesce(last_activity_at, '-infinity') THEN $2 ELSE last_thread_id END,
                last_activity_at = greatest(coalesce(last_activity_at, $3), $3)
          WHERE id = $1 AND archived_at IS NULL RETURNING id`,
        [row.forum_id, thread.id, row.last_activity_at],
      );
      if (!counted.length) throw new ForbiddenError(ARCHIVED);
      await enqueueThreadChanges(tx, [thread.id]);
      return post.id as string;
    });
    loaders.clear('threads.byId');
    return this.getVisible(readScopeOf(viewer), postId, loaders);
  }

  async edit(viewer: Viewer, input: { postId: string; body: string; reason?: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.getVisible(readScopeOf(viewer), input.postId, loaders);
    if (post.postNumber === 1) {
      await this.threads.edit(viewer, { threadId: post.threadId, body: input.body, reason: input.reason }, loaders);
      loaders.clear('posts.byId');
      return this.getVisible(readScopeOf(viewer), post.id, loaders);
    }
    const thread = await this.threads.getVisible(readScopeOf(viewer), post.threadId, loaders);
    assertCanEdit(viewer, post, thread, await this.threads.forumOf(thread, loaders));
    assertInput(bodyProblem(input.body));
    input = { ...input, body: normalizeBody(input.body) };
    if (input.body === post.bodySource) return post;
    const [rendered, diff] = await Promise.all([this.renderer.render(input.body), this.renderer.diff(post.bodySource, input.body)]);
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT revision_count, body_source FROM posts WHERE id = $1 FOR UPDATE`, [post.id]);
      // The diff was computed against the text we read; an edit that landed since then would make it wrong.
      if (row.body_source !== post.bodySource) throw new ConflictError('This post was edited meanwhile; reload it and edit again', 'body');
      const revision = row.revision_count + 1;
      await tx.query(
        `UPDATE posts SET body_source = $2, body_html = $3, body_text = $4, body_format = 'markdown', revision_count = $5, edited_at = now() WHERE id = $1`,
        [post.id, input.body, rendered.html, rendered.text, revision],
      );
      await tx.query(`INSERT INTO post_revisions (post_id, revision, editor_id, body_source, reason, body_diff) VALUES ($1, $2, $3, $4, $5, $6)`, [
        post.id,
        revision,
        viewer.userId,
        input.body,
        input.reason?.trim() || null,
        JSON.stringify(diff),
      ]);
      await replaceMentions(tx, post.id, rendered.mentionedUserIds);
      await enqueueThreadChanges(tx, [post.threadId]);
    });
    loaders.clear('posts.byId');
    return this.getVisible(readScopeOf(viewer), post.id, loaders);
  }

  /** Soft delete by the author (or a moderator): the post disappears, counters are recounted, an accepted mark goes. */
  async delete(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.getVisible(readScopeOf(viewer), postId, loaders);
    const thread = await this.threads.getVisible(readScopeOf(viewer), post.threadId, loaders);
    const problem = deleteProblem(viewer, post, thread, await this.threads.forumOf(thread, loaders));
    if (problem) throw DELETE_REFUSALS[problem]();
    await this.setHidden(viewer, post, true);
    loaders.clear('posts.byId');
    loaders.clear('threads.byId');
    loaders.clear('accepted.byThread');
    return (await this.repo.postLoader(loaders).load(post.id))!;
  }

  /** Hides or restores a reply, keeping thread and forum counters exact; hiding clears an accepted mark on it. */
  async setHidden(viewer: Viewer, post: PostEntity, hidden: boolean, audit?: { reason: string }): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [thread] = await tx.query(`SELECT id, forum_id FROM threads WHERE id = $1 FOR UPDATE`, [post.threadId]);
      await lockForums(tx, [thread.forum_id]);
      await tx.query(
        `UPDATE posts SET hidden_at = CASE WHEN $2 THEN coalesce(hidden_at, now()) END, hidden_by_id = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
        [post.id, hidden, viewer.userId],
      );
      if (hidden) await tx.query(`DELETE FROM accepted_answers WHERE post_id = $1`, [post.id]);
      await recountThreads(tx, [thread.id]);
      await recountForums(tx, [thread.forum_id]);
      if (audit) {
        await tx.query(`INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason) VALUES ($1, $2, 'POST', $3, $4)`, [
          viewer.userId,
          hidden ? 'HIDE_POST' : 'RESTORE_POST',
          post.id,
          audit.reason,
        ]);
      }
      await enqueueThreadChanges(tx, [thread.id]);
    });
  }

  /** One helpful vote per user and post; voting twice changes nothing. */
  async vote(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.getVisible(readScopeOf(viewer), postId, loaders);
    const problem = voteProblem(viewer, post, await this.forumOfPost(viewer, post, loaders));
    if (problem === 'unauthenticated') throw new UnauthenticatedError('Sign in to vote');
    if (problem === 'archived') throw new ForbiddenError(ARCHIVED);
    if (problem === 'own-post') throw new BadUserInputError('postId', 'You cannot vote on your own post');
    if (problem === 'hidden') throw new NotFoundError('Post');
    await this.db.transaction(async (tx) => {
      const inserted = await tx.query(`INSERT INTO post_votes (post_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id`, [post.id, viewer.userId]);
      if (!inserted.length) return;
      // Thread row first, then the post: the same lock order as every other writer.
      await tx.query(`UPDATE threads SET helpful_count = helpful_count + 1 WHERE id = $1`, [post.threadId]);
      await tx.query(`UPDATE posts SET helpful_count = helpful_count + 1 WHERE id = $1`, [post.id]);
    });
    loaders.clear('posts.byId');
    loaders.clear('threads.byId');
    loaders.clear(`votes.byViewer:${viewer.userId}`);
    return (await this.repo.postLoader(loaders).load(post.id))!;
  }

  async withdrawVote(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<PostEntity> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to vote');
    const post = await this.getVisible(readScopeOf(viewer), postId, loaders);
    if (voteProblem(viewer, post, await this.forumOfPost(viewer, post, loaders)) === 'archived') throw new ForbiddenError(ARCHIVED);
    await this.db.transaction(async (tx) => {
      const deleted = await tx.query(`DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2 RETURNING post_id`, [post.id, viewer.userId]);
      if (!deleted[0]?.length) return;
      await tx.query(`UPDATE threads SET helpful_count = helpful_count - 1 WHERE id = $1`, [post.threadId]);
      await tx.query(`UPDATE posts SET helpful_count = helpful_count - 1 WHERE id = $1`, [post.id]);
    });
    loaders.clear('posts.byId');
    loaders.clear('threads.byId');
    loaders.clear(`votes.byViewer:${viewer.userId}`);
    return (await this.repo.postLoader(loaders).load(post.id))!;
  }
}
