import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { ThreadPageQuery } from '../api/thread-operations';

interface ThreadRepliesOptions {
  announce: (message: string) => void;
  /** Moves focus to a post by number once it is on screen, or to the replies heading for 0. */
  focusPost: (postNumber: number) => void;
}

/** The thread page's data: the thread with its first 20 replies, "Load more", and fetching a reply just posted. */
export function useThreadReplies(id: string, { announce, focusPost }: ThreadRepliesOptions) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadPageQuery, {
    variables: { id },
    // Replies and votes arrive all the time: show what is cached at once, then the current thread.
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.thread;
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();

  const edges = thread?.posts.edges;
  const previousCursors = useMemo(() => {
    const map = new Map<string, string | null>();
    edges?.forEach((edge, index) => map.set(edge.node.id, index === 0 ? null : edges[index - 1].cursor));
    return map;
  }, [edges]);
  /** The cursor of the reply loaded just before this one (null for the first reply); undefined if unknown. */
  const previousCursorOf = useCallback((postId: string) => previousCursors.get(postId), [previousCursors]);

  async function loadMore() {
    if (!thread) return;
    const before = thread.posts.edges.length;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { after: thread.posts.pageInfo.endCursor } });
      const added = result.data?.thread.posts.edges ?? [];
      announce(added.length > 0 ? `${added.length} more replies loaded` : 'No more replies');
      if (added.length > 0) focusPost(added[0].node.postNumber);
      else if (before === 0) focusPost(0);
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  /** After the viewer's reply was saved: show it (when the last page is loaded) and move focus to it. */
  async function showPosted(post: PostFieldsFragment) {
    if (!thread) return;
    const { pageInfo } = thread.posts;
    if (pageInfo.hasNextPage) {
      announce(`Your reply was posted as #${post.postNumber}. Load more replies to see it.`);
      return;
    }
    try {
      // Fetch what follows the last loaded reply: the new one, and any posted meanwhile.
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch {
      await refetch().catch(() => undefined);
    }
    announce(`Your reply was posted as #${post.postNumber}`);
    focusPost(post.postNumber);
  }

  return {
    thread,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
    previousCursorOf,
    loadMore,
    loadingMore,
    loadMoreError,
    showPosted,
  };
}
