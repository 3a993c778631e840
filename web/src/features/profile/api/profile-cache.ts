import type { ApolloCache } from '@apollo/client';

/**
 * After these people's posts changed elsewhere (posted, deleted, hidden, accepted): drops the profile statistics
 * the profile page shows from the cache; they are fetched again when next shown.
 */
export function evictUserStats(cache: ApolloCache, userIds: ReadonlyArray<string | undefined>) {
  for (const userId of userIds) {
    if (!userId) continue;
    const id = cache.identify({ __typename: 'User', id: userId });
    cache.evict({ id, fieldName: 'postCount' });
    cache.evict({ id, fieldName: 'acceptedAnswerCount' });
    cache.evict({ id, fieldName: 'recentPosts' });
  }
}
