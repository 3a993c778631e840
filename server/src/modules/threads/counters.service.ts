import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CountersRepository, type CountedReply } from './counters.repository';

export type { CountedReply };

/**
 * The thread and forum counters as other modules change them (replies and votes in posts, hiding and moving in
 * moderation): the counters are threads' data, and every statement stays in CountersRepository. Each method takes
 * the caller's transaction and expects the row locks its repository method names.
 */
@Injectable()
export class CountersService {
  constructor(private readonly counters: CountersRepository) {}

  /** Advances the thread for one more reply (thread row locked) and returns the reply's number and time. */
  countReply(threadId: string, authorId: string, byStaff: boolean, m: EntityManager): Promise<CountedReply> {
    return this.counters.countReply(threadId, authorId, byStaff, m);
  }

  /** Counts a reply in its forum; false when the forum was archived since it was read. */
  countReplyInForum(forumId: string, threadId: string, at: Date, m: EntityManager): Promise<boolean> {
    return this.counters.countReplyInForum(forumId, threadId, at, m);
  }

  countVote(threadId: string, postId: string, m: EntityManager): Promise<void> {
    return this.counters.countVote(threadId, postId, m);
  }

  uncountVote(threadId: string, postId: string, m: EntityManager): Promise<void> {
    return this.counters.uncountVote(threadId, postId, m);
  }

  /** Locks forum rows in id order before a recount. */
  lockForums(forumIds: readonly string[], m: EntityManager): Promise<void> {
    return this.counters.lockForums(forumIds, m);
  }

  /** Recounts threads from their visible posts; call with the thread rows locked. */
  recountThreads(threadIds: readonly string[], m: EntityManager): Promise<void> {
    return this.counters.recountThreads(threadIds, m);
  }

  /** Recounts forums from their visible threads and posts; call with the forum rows locked. */
  recountForums(forumIds: readonly string[], m: EntityManager): Promise<void> {
    return this.counters.recountForums(forumIds, m);
  }
}
