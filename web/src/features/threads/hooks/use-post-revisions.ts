import { useQuery } from '@apollo/client/react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { PostRevisionsQuery } from '../api/thread-operations';
import { useThreadPage } from '../components/thread-context';

/**
 * A post's versions, read through the thread the way the page reached the post: the question, the accepted
 * answer, or the reply by its number (a page of one around it, wherever the loaded pages are).
 */
export function usePostRevisions(post: PostFieldsFragment) {
  const { thread } = useThreadPage();
  const opening = post.postNumber === 1;
  const accepted = !opening && thread.acceptedAnswer?.post.id === post.id;

  const { data, loading, error, refetch } = useQuery(PostRevisionsQuery, {
    variables: { threadId: thread.id, postNumber: opening || accepted ? null : post.postNumber, opening, accepted, reply: !opening && !accepted },
    // Always the current history, and kept out of the cache so it cannot disturb the loaded replies.
    fetchPolicy: 'no-cache',
  });

  const revisions = opening
    ? data?.thread.openingPost?.revisions
    : accepted
      ? data?.thread.acceptedAnswer?.post.revisions
      : data?.thread.posts?.nodes.find((node) => node.id === post.id)?.revisions;

  return { loading, error, revisions, refetch };
}
