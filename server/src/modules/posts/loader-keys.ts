import { loaderKey } from '../../platform/graphql/loaders';
import type { PostRevisionEntity } from './entities/post-revision.entity';

/** The posts module's per-request loaders (PostsRepository loads; PostsService clears them after writes). */
export const REVISIONS_BY_POST = loaderKey<string, PostRevisionEntity[]>('revisions.byPost');
export const USER_STATS = loaderKey<string, { postCount: number; acceptedAnswerCount: number }>('users.stats');
/** Which posts one viewer marked helpful. */
export const votesByViewer = (userId: string) => loaderKey<string, boolean>(`votes.byViewer:${userId}`);
