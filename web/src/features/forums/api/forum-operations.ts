import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../../gql/gql';

export const ForumSummaryFields = graphql(`
  fragment ForumSummaryFields on Forum {
    id
    slug
    name
    description
    productArea
    color
    position
    isArchived
    isPrivate
    group {
      id
      name
      slug
    }
    threadCount
    postCount
    lastActivityAt
    lastThread {
      id
      title
    }
  }
`);

export const ForumListQuery = graphql(`
  query ForumList($includeArchived: Boolean!) {
    forums(includeArchived: $includeArchived) {
      ...ForumSummaryFields
    }
  }
`);

export const LatestThreadFields = graphql(`
  fragment LatestThreadFields on Thread {
    id
    title
    isSolved
    isLocked
    isPinned
    isHidden
    replyCount
    viewCount
    lastActivityAt
    forum {
      id
      slug
      name
      color
    }
    lastPoster {
      id
      displayName
    }
    viewerUnread {
      lastReadPostNumber
      newReplies
    }
  }
`);

export const LatestThreadsQuery = graphql(`
  query LatestThreads($tab: LatestTab!, $after: String) {
    latestThreads(tab: $tab, first: 20, after: $after) {
      edges {
        cursor
        node {
          ...LatestThreadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ThreadListItemFields = graphql(`
  fragment ThreadListItemFields on Thread {
    id
    title
    tags
    isSolved
    isLocked
    isPinned
    isHidden
    replyCount
    helpfulCount
    hasStaffAnswer
    viewCount
    lastActivityAt
    createdAt
    acceptedAnswerSnippet
    viewerUnread {
      lastReadPostNumber
      newReplies
    }
    author {
      id
      displayName
    }
    lastPoster {
      id
      displayName
    }
  }
`);

export const ForumThreadsQuery = graphql(`
  query ForumThreads($slug: String!, $sort: ThreadSort!, $filter: ThreadFilterInput, $after: String) {
    forum(slug: $slug) {
      id
      slug
      name
      description
      productArea
      isArchived
      isPrivate
      group {
        id
        name
        slug
      }
      threadCount
      viewerCanPost
      viewerWatch
      threads(first: 20, after: $after, sort: $sort, filter: $filter) {
        nodes {
          ...ThreadListItemFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/**
 * After posts or threads changed elsewhere (a reply, a move, a hidden thread): drops the forum list and these
 * forums' counts, last activity and thread lists from the cache; they are fetched again when next shown.
 */
export function evictForumListings(cache: ApolloCache, forumIds: ReadonlyArray<string | undefined>) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'forums' });
  for (const forumId of forumIds) {
    if (!forumId) continue;
    const id = cache.identify({ __typename: 'Forum', id: forumId });
    cache.evict({ id, fieldName: 'threads' });
    cache.evict({ id, fieldName: 'threadCount' });
    cache.evict({ id, fieldName: 'postCount' });
    cache.evict({ id, fieldName: 'lastActivityAt' });
    cache.evict({ id, fieldName: 'lastThread' });
  }
}

export const SetForumWatchMutation = graphql(`
  mutation SetForumWatch($forumId: ID!, $level: WatchLevel!) {
    setForumWatch(forumId: $forumId, level: $level) {
      id
      viewerWatch
    }
  }
`);
