import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { CreateForumInput, UpdateForumInput } from '../../../gql/graphql';

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
    lastActivityAt
    createdAt
    acceptedAnswerSnippet
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

// Only the identity: the forum list is refetched afterwards (positions and the "last activity" column
// of the whole list are what the page shows).
export const CreateForumMutation = graphql(`
  mutation CreateForum($input: CreateForumInput!) {
    createForum(input: $input) {
      id
      slug
      name
    }
  }
`);

export const UpdateForumMutation = graphql(`
  mutation UpdateForum($input: UpdateForumInput!) {
    updateForum(input: $input) {
      ...ForumSummaryFields
    }
  }
`);

export const ReorderForumsMutation = graphql(`
  mutation ReorderForums($ids: [ID!]!) {
    reorderForums(ids: $ids) {
      id
      position
    }
  }
`);

export const ArchiveForumMutation = graphql(`
  mutation ArchiveForum($id: ID!) {
    archiveForum(id: $id) {
      ...ForumSummaryFields
    }
  }
`);

export const UnarchiveForumMutation = graphql(`
  mutation UnarchiveForum($id: ID!) {
    unarchiveForum(id: $id) {
      ...ForumSummaryFields
    }
  }
`);

/** Every forum list (with and without archived forums) is refetched: order and membership changed. */
const REFETCH_LISTS = { refetchQueries: [ForumListQuery], awaitRefetchQueries: true };

export function useCreateForum() {
  const [mutate] = useMutation(CreateForumMutation, REFETCH_LISTS);
  return useCallback(async (input: CreateForumInput) => (await mutate({ variables: { input } })).data?.createForum, [mutate]);
}

/** The forum comes back with its id, so the cache updates every list that shows it. */
export function useUpdateForum() {
  const [mutate] = useMutation(UpdateForumMutation);
  return useCallback(async (input: UpdateForumInput) => (await mutate({ variables: { input } })).data?.updateForum, [mutate]);
}

export function useReorderForums() {
  const [mutate] = useMutation(ReorderForumsMutation, REFETCH_LISTS);
  return useCallback((ids: string[]) => mutate({ variables: { ids } }), [mutate]);
}

export function useSetForumArchived() {
  const [archive] = useMutation(ArchiveForumMutation, REFETCH_LISTS);
  const [unarchive] = useMutation(UnarchiveForumMutation, REFETCH_LISTS);
  return useCallback((id: string, archived: boolean) => (archived ? archive({ variables: { id } }) : unarchive({ variables: { id } })), [archive, unarchive]);
}

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

/** Staff choose which group a forum is private to (the first 100 groups by name; staff see every group). */
export const ForumGroupOptionsQuery = graphql(`
  query ForumGroupOptions {
    groups(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
