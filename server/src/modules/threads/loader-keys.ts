import { loaderKey } from '../../platform/graphql/loaders';
import type { AcceptedAnswerEntity } from './entities/accepted-answer.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';
import type { ReplyPage } from './threads.service';

/**
 * The threads module's per-request loaders of the data core (ThreadsRepository loads; ThreadsService clears them
 * after its writes, and for other modules' writes through forgetThreads, forgetPosts and forgetAcceptedAnswers).
 */
export const THREAD_BY_ID = loaderKey<string, ThreadEntity | null>('threads.byId');
export const POST_BY_ID = loaderKey<string, PostEntity | null>('posts.byId');
export const OPENING_POST_BY_THREAD = loaderKey<string, PostEntity | null>('posts.openingByThread');
export const ACCEPTED_BY_THREAD = loaderKey<string, AcceptedAnswerEntity | null>('accepted.byThread');
/** Authors of a thread's hidden replies (whose page of replies is their own; see ThreadsService.sharedReplyPage). */
export const HIDDEN_REPLY_AUTHORS = loaderKey<string, string[]>('posts.hiddenReplyAuthorsByThread');
/** A page of replies, keyed by thread, size, position and whose page it is (ThreadsService.sharedReplyPage). */
export const REPLY_PAGE = loaderKey<string, ReplyPage>('posts.replyPage');
