import { evictForumListings } from '../features/forums/api/forum-operations';
import { evictUserStats } from '../features/profile/api/profile-cache';
import { evictThreads } from '../features/threads/api/thread-cache';
import type { CacheReaction } from '../lib/data-changes';

/** How each feature's cached data reacts when a write elsewhere changes it (lib/data-changes.tsx). */
export const reactToDataChange: CacheReaction = (cache, { forumIds, userIds, threadIds }) => {
  if (forumIds) evictForumListings(cache, forumIds);
  if (userIds) evictUserStats(cache, userIds);
  if (threadIds) evictThreads(cache, threadIds);
};
