import type { ApolloCache } from '@apollo/client';

/**
 * After another feature changed these threads' posts or accepted answer (a ticket's resolution posted as a staff
 * answer): drops them from the cache, so the thread page fetches them again when next shown.
 */
export function evictThreads(cache: ApolloCache, threadIds: ReadonlyArray<string | undefined>) {
  for (const threadId of threadIds) {
    if (threadId) cache.evict({ id: cache.identify({ __typename: 'Thread', id: threadId }) });
  }
}
