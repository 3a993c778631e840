import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { UnauthenticatedError } from '../../platform/errors/domain-error';
import { loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';
import type { Viewer } from '../accounts/domain/viewer';
import { readScopeOf } from '../forums/domain/read-scope';
import { ThreadsService, type ThreadEntity } from '../threads/threads.service';
import { nextReadPostNumber } from './domain/thread-views';
import { ReadingRepository, type UnreadRow } from './reading.repository';

const UNREAD_BY_THREAD = loaderKey<string, UnreadRow | null>('reading.unreadByThread');

/** Members' read markers: the last post read in each thread, and the replies after it. */
@Injectable()
export class ThreadReadsService {
  constructor(
    private readonly repo: ReadingRepository,
    private readonly threads: ThreadsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Marks a visible thread read up to a post number (forward only, at most its last post). */
  async markRead(viewer: Viewer, threadId: string, postNumber: number, loaders: LoaderRegistry): Promise<ThreadEntity> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to keep your place in threads');
    const thread = await this.threads.getVisible(readScopeOf(viewer), threadId, loaders);
    const previous = await this.repo.lastRead(viewer.userId, thread.id);
    await this.repo.markRead(viewer.userId, thread.id, nextReadPostNumber(previous, postNumber, thread.lastPostNumber), this.clock.now());
    loaders.clear(UNREAD_BY_THREAD);
    return thread;
  }

  /** The viewer's marker on a thread (null when signed out or never opened), batched across a page of threads. */
  unread(viewer: Viewer, threadId: string, loaders: LoaderRegistry): Promise<UnreadRow | null> {
    const userId = viewer.userId;
    if (!userId) return Promise.resolve(null);
    const seesHidden = readScopeOf(viewer).hidden;
    return loaders
      .get(UNREAD_BY_THREAD, async (ids) => {
        const rows = await this.repo.unread(userId, ids, seesHidden);
        const byThread = new Map(rows.map((r) => [r.threadId, r]));
        return ids.map((id) => byThread.get(id) ?? null);
      })
      .load(threadId);
  }
}
