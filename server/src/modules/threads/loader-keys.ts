import { loaderKey } from '../../platform/graphql/loaders';
import type { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';

/**
 * The threads module's per-request loaders of the data core (ThreadsRepository loads; ThreadsService clears them
 * after its writes, and for other modules' writes through forgetThreads, forgetPosts and forgetAcceptedAnswers).
 */
export const THREAD_BY_ID = loaderKey<string, ThreadEntity | null>('threads.byId');
export const POST_BY_ID = loaderKey<string, PostEntity | null>('posts.byId');
export const OPENING_POST_BY_THREAD = loaderKey<string, PostEntity | null>('posts.openingByThread');
export const ACCEPTED_BY_THREAD = loaderKey<string, AcceptedAnswerEntity | null>('accepted.byThread');
