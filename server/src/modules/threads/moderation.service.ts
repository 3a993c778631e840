import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/domain/viewer';
import { ForumsService } from '../forums/forums.service';
import { BadUserInputError, ForbiddenError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { decodeTypedCursor } from '../../platform/graphql/connection';
import { canModerate, canRedactRevisions, reasonProblem } from './domain/thread-rules';
import { ModerationEntryEntity } from './entities/moderation-entry.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';
import { ThreadModerationActionEnum } from './models/enums';
import { PostsService } from './posts.service';
import { enqueueThreadChanges, lockForums, recountForums } from './threads.counters';
import { assertInput, ThreadsService } from './threads.service';
import { readScopeOf } from '../forums/domain/read-scope';

const THREAD_UPDATES: Record<ThreadModerationActionEnum, string> = {
  LOCK: 'locked_at = coalesce(locked_at, now())',
  UNLOCK: 'locked_at = NULL',
  PIN: 'pinned_at = coalesce(pinned_at, now())',
  UNPIN: 'pinned_at = NULL',
  HIDE: 'hidden_at = coalesce(hidden_at, now())',
  RESTORE: 'hidden_at = NULL',
};

/** Lock, pin, move, hide and restore: moderators only, each action audit-logged with actor and reason. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly forums: ForumsService,
  ) {}

  /** A thread's entries and those of its posts (hide/restore of replies), newest first. Moderators only. */
  async threadLog(viewer: Viewer, threadId: string): Promise<ModerationEntryEntity[]> {
    if (!canModerate(viewer)) return [];
    return this.db
      .getRepository(ModerationEntryEntity)
      .createQueryBuilder('m')
      .where('m.target_id = :id OR m.target_id IN (SELECT p.id FROM posts p WHERE p.thread_id = :id)', { id: threadId })
      .orderBy('m.created_at', 'DESC')
      .limit(50)
      .getMany();
  }

  /** The whole audit log, newest first, keyset-paginated; `cursor` keeps PostgreSQL's microseconds. */
  async log(viewer: Viewer, first: number, after?: string | null): Promise<Array<{ entry: ModerationEntryEntity; cursor: string[] }>> {
    if (!canModerate(viewer)) throw new ForbiddenError('Only moderators read the moderation log');
    const qb = this.db.getRepository(ModerationEntryEntity).createQueryBuilder('m').orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').limit(first + 1);
    if (after) {
      const [at, id] = decodeTypedCursor(after, ['timestamptz', 'uuid']);
      qb.where('(m.created_at, m.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const { entities, raw } = await qb.addSelect('m.created_at::text', 'cursor_at').getRawAndEntities();
    return entities.map((entry, i) => ({ entry, cursor: [raw[i].cursor_at as string, entry.id] }));
  }

  private guard(viewer: Viewer, reason: string) {
    if (!canModerate(viewer)) throw new ForbiddenError('Only moderators can do that');
    assertInput(reasonProblem(reason));
  }

  async moderateThread(viewer: Viewer, input: { threadId: string; action: ThreadModerationActionEnum; reason: string }, loaders: LoaderRegistry): Promise<ThreadEntity> {
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    this.guard(viewer, input.reason);
    const changesCounts = input.action === 'HIDE' || input.action === 'RESTORE';
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [thread.id]);
      if (changesCounts) await lockForums(tx, [thread.forumId]);
      await tx.query(`UPDATE threads SET ${THREAD_UPDATES[input.action]}, updated_at = now() WHERE id = $1`, [thread.id]);
      if (changesCounts) await recountForums(tx, [thread.forumId]);
      await tx.query(`INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason) VALUES ($1, $2, 'THREAD', $3, $4)`, [
        viewer.userId,
        `${input.action}_THREAD`,
        thread.id,
        input.reason.trim(),
      ]);
      await enqueueThreadChanges(tx, [thread.id]);
    });
    loaders.clear('threads.byId');
    return this.threads.getVisible(readScopeOf(viewer), thread.id, loaders);
  }

  async moveThread(viewer: Viewer, input: { threadId: string; forumId: string; reason: string }, loaders: LoaderRegistry): Promise<ThreadEntity> {
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    this.guard(viewer, input.reason);
    const target = await this.forums.getVisible(readScopeOf(viewer), { id: input.forumId }).catch(() => {
      throw new BadUserInputError('forumId', 'No such forum');
    });
    if (target.id === thread.forumId) return thread;
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [thread.id]);
      await lockForums(tx, [thread.forumId, target.id]);
      await tx.query(`UPDATE threads SET forum_id = $2, updated_at = now() WHERE id = $1`, [thread.id, target.id]);
      await recountForums(tx, [thread.forumId, target.id]);
      await tx.query(
        `INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason, details) VALUES ($1, 'MOVE_THREAD', 'THREAD', $2, $3, $4)`,
        [viewer.userId, thread.id, input.reason.trim(), JSON.stringify({ fromForumId: thread.forumId, toForumId: target.id })],
      );
      await enqueueThreadChanges(tx, [thread.id]);
    });
    loaders.clear('threads.byId');
    return this.threads.getVisible(readScopeOf(viewer), thread.id, loaders);
  }

  async moderatePost(viewer: Viewer, input: { postId: string; action: 'HIDE' | 'RESTORE'; reason: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.posts.getVisible(readScopeOf(viewer), input.postId, loaders);
    this.guard(viewer, input.reason);
    if (post.postNumber === 1) throw new BadUserInputError('postId', 'Hide the thread to hide its opening post');
    await this.posts.setHidden(viewer, post, input.action === 'HIDE', { reason: input.reason.trim() });
    loaders.clear('posts.byId');
    loaders.clear('threads.byId');
    loaders.clear('accepted.byThread');
    return (await this.posts.getVisible(readScopeOf(viewer), post.id, loaders))!;
  }

  /**
   * Purges the text of an earlier revision (a pasted API key, personal data) and the diffs that contained it.
   * The text is gone from the database, not hidden: keeping it "for admins" would keep the secret too.
   */
  async redactRevision(viewer: Viewer, input: { postId: string; revision: number; reason: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.posts.getVisible(readScopeOf(viewer), input.postId, loaders);
    if (!canRedactRevisions(viewer)) throw new ForbiddenError('Only moderators and staff can redact a revision');
    assertInput(reasonProblem(input.reason));
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT revision_count FROM posts WHERE id = $1 FOR UPDATE`, [post.id]);
      if (input.revision >= row.revision_count) {
        throw new BadUserInputError('revision', input.revision === row.revision_count ? 'This is the current text: edit the post first, then redact the old revision' : 'No such revision');
      }
      const [[target]] = await tx.query(
        `UPDATE post_revisions SET body_source = '', title = NULL, body_diff = NULL, redacted_at = coalesce(redacted_at, now()), redacted_by_id = coalesce(redacted_by_id, $3)
          WHERE post_id = $1 AND revision = $2 RETURNING id`,
        [post.id, input.revision, viewer.userId],
      );
      if (!target) throw new BadUserInputError('revision', 'No such revision');
      // The next revision's diff shows the removed lines, so it goes too.
      await tx.query(`UPDATE post_revisions SET body_diff = NULL WHERE post_id = $1 AND revision = $2`, [post.id, input.revision + 1]);
      await tx.query(
        `INSERT INTO moderation_log (actor_id, action, target_type, target_id, reason, details) VALUES ($1, 'REDACT_REVISION', 'POST', $2, $3, $4)`,
        [viewer.userId, post.id, input.reason.trim(), JSON.stringify({ revision: input.revision })],
      );
    });
    loaders.clear('revisions.byPost');
    return post;
  }
}
