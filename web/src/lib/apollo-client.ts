import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { cursorPagination, hitsPagination } from './pagination';

/**
 * One client for the app. The session is an httpOnly cookie the server sets, so requests only need
 * `same-origin` credentials; POSTing JSON satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            groups: cursorPagination(['kind', 'query', 'mine']),
            notifications: cursorPagination(['unreadOnly']),
            // The home page's tabs: one list per tab; "Load more" pages are appended to it.
            latestThreads: cursorPagination(['tab']),
            // One result list per search; "Load more" pages are appended to it.
            search: hitsPagination(['query', 'filters', 'sort', 'first']),
            similarThreads: { merge: false },
          },
        },
        Group: {
          fields: {
            members: cursorPagination(false),
            joinRequests: { merge: false },
            invitations: { merge: false },
            owners: { merge: false },
            forums: { merge: false },
          },
        },
        // Neither has an id of its own: each belongs to the object that holds it.
        GroupMember: { keyFields: false },
        GroupFlair: { keyFields: false },
        Forum: {
          fields: {
            // One list per sort and filter; "Load more" pages are appended to it.
            threads: cursorPagination(['sort', 'filter']),
          },
        },
        Thread: {
          fields: {
            posts: cursorPagination(false),
            tags: { merge: false },
            moderationLog: { merge: false },
          },
        },
        Post: {
          fields: {
            revisions: { merge: false },
          },
        },
        // No id of its own: it belongs to its thread and is replaced with it.
        AcceptedAnswer: { keyFields: false, merge: true },
        User: {
          fields: {
            badges: { merge: false },
            roles: { merge: false },
            recentPosts: { merge: false },
          },
        },
      },
    }),
  });
}
