import { Injectable } from '@nestjs/common';
import { isUuid } from '../../platform/database/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/domain/viewer';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../platform/errors/domain-error';
import type { LoaderRegistry } from '../../platform/graphql/loaders';
import { acceptKindFor, acceptTargetProblem } from './domain/thread-rules';
import type { ThreadEntity } from './entities/thread.entity';
import { enqueueThreadChanges } from './threads.counters';
import { ThreadsRepository } from './threads.repository';
import { ThreadsService } from './threads.service';

const TARGET_MESSAGES = {
  'opening-post': 'The question itself cannot be its accepted answer',
  hidden: 'A hidden post cannot be the accepted answer',
  'other-thread': 'That post belongs to another thread',
} as const;

@Injectable()
export class AnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ThreadsRepository,
    private readonly threads: ThreadsService,
  ) {}

  /** Marks a reply as the thread's accepted answer, replacing any previous one (UNIQUE(thread_id) keeps it single). */
  async accept(viewer: Viewer, postId: string, loaders: LoaderRegistry): Promise<ThreadEntity> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in to accept an answer');
    const post = isUuid(postId) ? await this.repo.postLoader(loaders).load(postId) : null;
    if (!post) throw new NotFoundError('Post');
    const thread = await this.threads.getVisible(viewer, post.threadId, loaders);
    const kind = acceptKindFor(viewer, thread);
    if (!kind) throw new ForbiddenError('Only the asker, staff or a moderator can accept an answer');
    const problem = acceptTargetProblem(post, thread.id);
    if (problem) throw new BadUserInputError('postId', TARGET_MESSAGES[problem]);
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [thread.id]);
      // Re-check under the lock: the post may have been hidden meanwhile.
      const [fresh] = await tx.query(`SELECT hidden_at FROM posts WHERE id = $1`, [post.id]);
      if (!fresh || fresh.hidden_at) throw new BadUserInputError('postId', TARGET_MESSAGES.hidden);
      await tx.query(
        `INSERT INTO accepted_answers (thread_id, post_id, accepted_by_id, kind) VALUES ($1, $2, $3, $4)
         ON CONFLICT (thread_id) DO UPDATE SET post_id = EXCLUDED.post_id, accepted_by_id = EXCLUDED.accepted_by_id,
                                              kind = EXCLUDED.kind, accepted_at = now()`,
        [thread.id, post.id, viewer.userId, kind],
      );
      await tx.query(`UPDATE threads SET updated_at = now() WHERE id = $1`, [thread.id]);
      await enqueueThreadChanges(tx, [thread.id]);
    });
    loaders.clear('accepted.byThread');
    return thread;
  }

  async clear(viewer: Viewer, threadId: string, loaders: LoaderRegistry): Promise<ThreadEntity> {
    if (!viewer.userId) throw new UnauthenticatedError('Sign in first');
    const thread = await this.threads.getVisible(viewer, threadId, loaders);
    if (!acceptKindFor(viewer, thread)) throw new ForbiddenError('Only the asker, staff or a moderator can change the accepted answer');
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM accepted_answers WHERE thread_id = $1`, [thread.id]);
      await enqueueThreadChanges(tx, [thread.id]);
    });
    loaders.clear('accepted.byThread');
    return thread;
  }
}
