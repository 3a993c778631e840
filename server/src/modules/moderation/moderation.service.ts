import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/domain/viewer';
import { ForumsService } from '../forums/forums.service';
import { BadUserInputError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { PostsService } from '../posts/posts.service';
import { CountersService } from '../threads/counters.service';
import { assertInput, ThreadsService, type PostEntity, type ThreadEntity } from '../threads/threads.service';
import { canModerate, canRedactRevisions, reasonProblem } from './domain/moderation-rules';
import type { ModerationEntryEntity } from './entities/moderation-entry.entity';
import { ModerationLogRepository } from './moderation-log.repository';
import { NotEntitledToRedactError, NotModeratorError } from './moderation.errors';
import { ModerationRepository } from './moderation.repository';
import type { ThreadModerationActionEnum } from './models/enums';
import { readScopeOf } from '../forums/domain/read-scope';
import { NotificationsService } from '../notifications/notifications.service';

/** Lock, pin, move, hide and restore: moderators only, each action audit-logged with actor and reason. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly forums: ForumsService,
    private readonly counters: CountersService,
    private readonly moderation: ModerationRepository,
    private readonly moderationLog: ModerationLogRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** A thread's entries and those of its posts (hide/restore of replies), newest first. Moderators only. */
  async threadLog(viewer: Viewer, threadId: string): Promise<ModerationEntryEntity[]> {
    if (!canModerate(viewer)) return [];
    return this.moderationLog.threadEntries(threadId);
  }

  /** The audit log, newest first, keyset-paginated, of what the moderator may see; `cursor` keeps PostgreSQL's microseconds. */
  async log(viewer: Viewer, first: number, after?: string | null): Promise<Array<{ entry: ModerationEntryEntity; cursor: string[] }>> {
    if (!canModerate(viewer)) throw new NotModeratorError('Only moderators read the moderation log');
    return this.moderationLog.page(readScopeOf(viewer), first, after);
  }

  private guard(viewer: Viewer, reason: string) {
    if (!canModerate(viewer)) throw new NotModeratorError();
    assertInput(reasonProblem(reason));
  }

  async moderateThread(
    viewer: Viewer,
    input: { threadId: string; action: ThreadModerationActionEnum; reason: string },
    loaders: LoaderRegistry,
  ): Promise<ThreadEntity> {
    const thread = await this.threads.getVisible(readScopeOf(viewer), input.threadId, loaders);
    this.guard(viewer, input.reason);
    const changesCounts = input.action === 'HIDE' || input.action === 'RESTORE';
    await this.db.transaction(async (tx) => {
      await this.moderation.lockThread(thread.id, tx);
      if (changesCounts) await this.counters.lockForums([thread.forumId], tx);
      await this.moderation.applyToThread(thread.id, input.action, tx);
      if (changesCounts) await this.counters.recountForums([thread.forumId], tx);
      await this.moderationLog.record(
        { actorId: viewer.userId, action: `${input.action}_THREAD`, targetType: 'THREAD', targetId: thread.id, reason: input.reason.trim() },
        tx,
      );
      await this.notifications.notifyModeration({ threadId: thread.id }, `${input.action}_THREAD` as const, viewer.userId, input.reason.trim(), tx);
      await this.threads.recordChanged([thread.id], tx);
    });
    this.threads.forgetThreads(loaders);
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
      await this.moderation.lockThread(thread.id, tx);
      await this.counters.lockForums([thread.forumId, target.id], tx);
      await this.moderation.moveThread(thread.id, target.id, tx);
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
      await this.notifications.notifyModeration({ threadId: thread.id }, 'MOVE_THREAD', viewer.userId, input.reason.trim(), tx);
      await this.threads.recordChanged([thread.id], tx);
    });
    this.threads.forgetThreads(loaders);
    return this.threads.getVisible(readScopeOf(viewer), thread.id, loaders);
  }

  async moderatePost(viewer: Viewer, input: { postId: string; action: 'HIDE' | 'RESTORE'; reason: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.posts.getVisible(readScopeOf(viewer), input.postId, loaders);
    this.guard(viewer, input.reason);
    if (post.postNumber === 1) throw new BadUserInputError('postId', 'Hide the thread to hide its opening post');
    const hidden = input.action === 'HIDE';
    await this.posts.setHidden(viewer, post, hidden, async (tx) => {
      const action = hidden ? 'HIDE_POST' : 'RESTORE_POST';
      await this.moderationLog.record({ actorId: viewer.userId, action, targetType: 'POST', targetId: post.id, reason: input.reason.trim() }, tx);
      await this.notifications.notifyModeration({ postId: post.id }, action, viewer.userId, input.reason.trim(), tx);
    });
    this.threads.forgetPosts(loaders);
    this.threads.forgetThreads(loaders);
    this.threads.forgetAcceptedAnswers(loaders);
    return (await this.posts.getVisible(readScopeOf(viewer), post.id, loaders))!;
  }

  /**
   * Purges the text of an earlier revision (a pasted API key, personal data) and the diffs that contained it.
   * The text is gone from the database, not hidden: keeping it "for admins" would keep the secret too.
   */
  async redactRevision(viewer: Viewer, input: { postId: string; revision: number; reason: string }, loaders: LoaderRegistry): Promise<PostEntity> {
    const post = await this.posts.getVisible(readScopeOf(viewer), input.postId, loaders);
    if (!canRedactRevisions(viewer)) throw new NotEntitledToRedactError();
    assertInput(reasonProblem(input.reason));
    await this.db.transaction(async (tx) => {
      const revisionCount = await this.moderation.lockRevisionCount(post.id, tx);
      if (input.revision >= revisionCount) {
        throw new BadUserInputError(
          'revision',
          input.revision === revisionCount ? 'This is the current text: edit the post first, then redact the old revision' : 'No such revision',
        );
      }
      if (!(await this.moderation.redactRevision(post.id, input.revision, viewer.userId, tx))) throw new BadUserInputError('revision', 'No such revision');
      // The next revision's diff shows the removed lines, so it goes too.
      await this.moderation.dropRevisionDiff(post.id, input.revision + 1, tx);
      await this.moderationLog.record(
        {
          actorId: viewer.userId,
          action: 'REDACT_REVISION',
          targetType: 'POST',
          targetId: post.id,
          reason: input.reason.trim(),
          details: { revision: input.revision },
        },
        tx,
      );
    });
    this.posts.forgetRevisions(loaders);
    return post;
  }
}
