import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { CreateForumInput, UpdateForumInput } from '../../../gql/graphql';

export const AdminForumFields = graphql(`
  fragment AdminForumFields on Forum {
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
    }
    threadCount
    postCount
  }
`);

/** Every forum, archived ones included, in their order. */
export const AdminForumsQuery = graphql(`
  query AdminForums {
    forums(includeArchived: true) {
      ...AdminForumFields
    }
  }
`);

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
      ...AdminForumFields
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
      ...AdminForumFields
    }
  }
`);

export const UnarchiveForumMutation = graphql(`
  mutation UnarchiveForum($id: ID!) {
    unarchiveForum(id: $id) {
      ...AdminForumFields
    }
  }
`);

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

/**
 * Order and membership changed: the admin list is fetched again, and the public forum lists (the forums feature's,
 * by field) are dropped from the cache so they load fresh when next shown.
 */
const REFETCH_LISTS = {
  refetchQueries: [AdminForumsQuery],
  awaitRefetchQueries: true,
  update: (cache: ApolloCache) => {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'forums' });
  },
};

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
