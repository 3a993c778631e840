import { useQuery } from '@apollo/client/react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { PostRevisionsQuery } from '../api/thread-operations';
import { useThreadPage } from '../components/thread-context';

/**
 * A post's versions, read through the thread the way the page reached the post: the question, the accepted
 * answer, or the reply at its place in the loaded pages (a reply not loaded yet is not `reachable`).
 */
export function usePostRevisions(post: PostFieldsFragment) {
  const { thread, previousCursorOf } = useThreadPage();
  const opening = post.postNumber === 1;
  const accepted = !opening && thread.acceptedAnswer?.post.id === post.id;
  const after = opening || accepted ? null : previousCursorOf(post.id);
  const reachable = opening || accepted || after !== undefined;

  const { data, loading, error, refetch } = useQuery(PostRevisionsQuery, {
    variables: { threadId: thread.id, after, opening, accepted, reply: !opening && !accepted },
    // Always the current history, and kept out of the cache so it cannot disturb the loaded replies.
    fetchPolicy: 'no-cache',
    skip: !reachable,
  });

  const revisions = opening
    ? data?.thread.openingPost?.revisions
    : accepted
      ? data?.thread.acceptedAnswer?.post.revisions
      : data?.thread.posts?.nodes.find((node) => node.id === post.id)?.revisions;

  return { reachable, loading, error, revisions, refetch };
}
