import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/domain/viewer';
import { ForumsService } from '../forums/forums.service';
import { BadUserInputError, ForbiddenError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { canModerate, canRedactRevisions, reasonProblem } from './domain/thread-rules';
import type { ModerationEntryEntity } from './entities/moderation-entry.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';
import { CountersRepository } from './counters.repository';
import { ModerationLogRepository } from './moderation-log.repository';
import type { ThreadModerationActionEnum } from './models/enums';
import { PostsRepository } from './posts.repository';
import { PostsService } from './posts.service';
import { ThreadsRepository } from './threads.repository';
import { assertInput, ThreadsService } from './threads.service';
import { readScopeOf } from '../forums/domain/read-scope';
import { ACCEPTED_BY_THREAD, POST_BY_ID, REVISIONS_BY_POST, THREAD_BY_ID } from './loader-keys';

/** Lock, pin, move, hide and restore: moderators only, each action audit-logged with actor and reason. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly forums: ForumsService,
    private readonly threadRows: ThreadsRepository,
    private readonly postRows: PostsRepository,
    private readonly counters: CountersRepository,
    private readonly moderationLog: ModerationLogRepository,
  ) {}

  /** A thread's entries and those of its posts (hide/restore of replies), newest first. Moderators only. */
  async threadLog(viewer: Viewer, threadId: string): Promise<ModerationEntryEntity[]> {
    if (!canModerate(viewer)) return [];
    return this.moderationLog.threadEntries(threadId);
  }

  /** The whole audit log, newest first, keyset-paginated; `cursor` keeps PostgreSQL's microseconds. */
  async log(viewer: Viewer, first: number, after?: string | null): Promise<Array<{ entry: ModerationEntryEntity; cursor: string[] }>> {
    if (!canModerate(viewer)) throw new ForbiddenError('Only moderators read the moderation log');
    return this.moderationLog.page(first, after);
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
      await this.threadRows.lock(thread.id, tx);
      if (changesCounts) await this.counters.lockForums([thread.forumId], tx);
      await this.threadRows.applyModeration(thread.id, input.action, tx);
      if (changesCounts) await this.counters.recountForums([thread.forumId], tx);
      await this.moderationLog.record(
        { actorId: viewer.userId, action: `${input.action}_THREAD`, targetType: 'THREAD', targetId: thread.id, reason: input.reason.trim() },
        tx,
      );
      await this.threadRows.enqueueChanges([thread.id], tx);
    });
    loaders.clear(THREAD_BY_ID);
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
      await this.threadRows.lock(thread.id, tx);
      await this.counters.lockForums([thread.forumId, target.id], tx);
      await this.threadRows.moveToForum(thread.id, target.id, tx);
      await this.counters.recountForums([thread.forumId, target.id], tx);
      await this.moderationLog.record(
        {
          actorId: viewer.userId,
          action: 'MOVE_THREAD',
          targetType: 'THREAD',
          targetId: thread.id,
          reason: input.reason.trim(),
          details: { fromForumId: thread.forumId, toForumId: target.id },
        },
        tx,
      );
      await this.threadRows.enqueueChanges([thread.id], tx);
    });
    loaders.clear(THREAD_BY_ID);
    return this.threads.getVisible(readScopeOf(viewer), thread.id, loaders);
  }

  async moderatePost(viewer: Viewer, input: { postId: string; action: 'HIDE' | 'RESTORE'; reason: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.posts.getVisible(readScopeOf(viewer), input.postId, loaders);
    this.guard(viewer, input.reason);
    if (post.postNumber === 1) throw new BadUserInputError('postId', 'Hide the thread to hide its opening post');
    await this.posts.setHidden(viewer, post, input.action === 'HIDE', { reason: input.reason.trim() });
    loaders.clear(POST_BY_ID);
    loaders.clear(THREAD_BY_ID);
    loaders.clear(ACCEPTED_BY_THREAD);
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
      const revisionCount = await this.postRows.lockRevisionCount(post.id, tx);
      if (input.revision >= revisionCount) {
        throw new BadUserInputError('revision', input.revision === revisionCount ? 'This is the current text: edit the post first, then redact the old revision' : 'No such revision');
      }
      if (!(await this.postRows.redactRevision(post.id, input.revision, viewer.userId, tx))) throw new BadUserInputError('revision', 'No such revision');
      // The next revision's diff shows the removed lines, so it goes too.
      await this.postRows.dropRevisionDiff(post.id, input.revision + 1, tx);
      await this.moderationLog.record(
        { actorId: viewer.userId, action: 'REDACT_REVISION', targetType: 'POST', targetId: post.id, reason: input.reason.trim(), details: { revision: input.revision } },
        tx,
      );
    });
    loaders.clear(REVISIONS_BY_POST);
    return post;
  }
}
