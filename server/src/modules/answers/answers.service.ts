import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/domain/viewer';
import { ForumArchivedError } from '../forums/forums.errors';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { ThreadLockedError } from '../threads/threads.errors';
import { ThreadsService, type ThreadEntity } from '../threads/threads.service';
import { acceptDecision, acceptTargetProblem, type AcceptDecision } from './domain/answer-rules';
import { NotEntitledToAcceptError } from './answers.errors';
import { AnswersRepository } from './answers.repository';
import { canSeePost, readScopeOf } from '../forums/domain/read-scope';
import { NotificationsService } from '../notifications/notifications.service';

const TARGET_MESSAGES = {
  'opening-post': 'The question itself cannot be its accepted answer',
  hidden: 'A hidden post cannot be the accepted answer',
  'other-thread': 'That post belongs to another thread',
} as const;

const REFUSALS: Record<NonNullable<AcceptDecision['refused']>, () => Error> = {
  unauthenticated: () => new UnauthenticatedError('Sign in to accept an answer'),
  'not-entitled': () => new NotEntitledToAcceptError(),
  locked: () => new ThreadLockedError('This thread is locked; only staff and moderators can change its accepted answer'),
  archived: () => new ForumArchivedError(),
};

/** The accepted answer of a thread: who may mark, change or clear it, re-decided under the thread row lock. */
@Injectable()
export class AnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly answers: AnswersRepository,
    private readonly threads: ThreadsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Marks a reply as the thread's accepted answer, replacing any previous one (UNIQUE(thread_id) keeps it single). */
  async accept(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<ThreadEntity> {
    const acceptedById = viewer.userId;
    if (!acceptedById) throw new UnauthenticatedError('Sign in to accept an answer');
    const post = isUuid(postId) ? await this.threads.postLoader(loaders).load(postId) : null;
    if (!post) throw new NotFoundError('Post');
    const scope = readScopeOf(viewer);
    const thread = await this.threads.getVisible(scope, post.threadId, loaders);
    const forum = await this.threads.forumOf(thread, loaders);
    // A hidden reply does not exist for those who may not see it: NOT_FOUND, as the post query says.
    if (!canSeePost(scope, forum, thread, post)) throw new NotFoundError('Post');
    const { kind, refused } = acceptDecision(viewer, thread, forum);
    if (refused) throw REFUSALS[refused]();
    const problem = acceptTargetProblem(post, thread.id);
    if (problem) throw new BadUserInputError('postId', TARGET_MESSAGES[problem]);
    await this.db.transaction(async (tx) => {
      await this.recheckUnderLock(tx, viewer, thread);
      // Re-check under the lock: the post may have been hidden meanwhile.
      const fresh = await this.answers.findPostHiddenAt(post.id, tx);
      if (!fresh || fresh.hiddenAt) throw new BadUserInputError('postId', TARGET_MESSAGES.hidden);
      const before = await this.answers.findAccepted(thread.id, tx);
      await this.answers.upsert(thread.id, post.id, acceptedById, kind, tx);
      // Accepting the same reply the same way again tells nobody a second time (verifying an accepted reply does).
      if (before?.postId !== post.id || before.kind !== kind) await this.notifications.notifyAnswerAccepted(post, acceptedById, kind, tx);
      await this.answers.touchThread(thread.id, tx);
      await this.threads.recordChanged([thread.id], tx);
    });
    this.threads.forgetAcceptedAnswers(loaders);
    return thread;
  }

  async clear(viewer: Viewer, threadId: string, loaders: LoaderRegistry): Promise<ThreadEntity> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in first');
    const thread = await this.threads.getVisible(readScopeOf(viewer), threadId, loaders);
    const { refused } = acceptDecision(viewer, thread, await this.threads.forumOf(thread, loaders));
    if (refused) throw REFUSALS[refused]();
    await this.db.transaction(async (tx) => {
      await this.recheckUnderLock(tx, viewer, thread);
      await this.answers.deleteForThread(thread.id, tx);
      await this.threads.recordChanged([thread.id], tx);
    });
    this.threads.forgetAcceptedAnswers(loaders);
    return thread;
  }

  /** Locks the thread row and decides again on fresh lock and archive state (a lock or an archive may have landed since the read). */
  private async recheckUnderLock(tx: EntityManager, viewer: Viewer, thread: ThreadEntity): Promise<void> {
    const row = await this.answers.lockThreadWithForumState(thread.id, tx);
    if (!row) throw new NotFoundError('Thread');
    const { refused } = acceptDecision(viewer, { ...thread, lockedAt: row.lockedAt }, { archivedAt: row.archivedAt });
    if (refused) throw REFUSALS[refused]();
  }
}
