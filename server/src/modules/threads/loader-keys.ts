import { loaderKey } from '../../platform/graphql/loaders';
import type { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import type { PostRevisionEntity } from './entities/post-revision.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';

/** The threads module's per-request loaders (ThreadsRepository loads; services clear them after writes). */
export const THREAD_BY_ID = loaderKey<string, ThreadEntity | null>('threads.byId');
export const POST_BY_ID = loaderKey<string, PostEntity | null>('posts.byId');
export const OPENING_POST_BY_THREAD = loaderKey<string, PostEntity | null>('posts.openingByThread');
export const ACCEPTED_BY_THREAD = loaderKey<string, AcceptedAnswerEntity | null>('accepted.byThread');
export const REVISIONS_BY_POST = loaderKey<string, PostRevisionEntity[]>('revisions.byPost');
export const USER_STATS = loaderKey<string, { postCount: number; acceptedAnswerCount: number }>('users.stats');
/** Which posts one viewer marked helpful. */
export const votesByViewer = (userId: string) => loaderKey<string, boolean>(`votes.byViewer:${userId}`);
