import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { ThreadPageQuery } from '../api/thread-operations';

interface ThreadRepliesOptions {
  announce: (message: string) => void;
  /** Moves focus to a post by number once it is on screen, or to the replies heading for 0. */
  focusPost: (postNumber: number) => void;
  /** A deep link's reply (`#post-45`): the first load is the page that holds it. */
  initialPostNumber?: number;
}

// Each request names one way to place its page; the others are cleared (the query keeps its first variables).
const NO_PLACE = { after: null, before: null, around: null };

/**
 * The thread page's data: the thread with a page of 20 replies (the first, or the one holding a deep-linked reply),
 * "Load earlier", "Load more", going to a reply by number, and fetching a reply just posted.
 */
export function useThreadReplies(id: string, { announce, focusPost, initialPostNumber }: ThreadRepliesOptions) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadPageQuery, {
    variables: { id, around: initialPostNumber && initialPostNumber > 1 ? initialPostNumber : null },
    // Replies and votes arrive all the time: show what is cached at once, then the current thread.
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.thread;
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();

  async function loadMore() {
    if (!thread) return;
    const before = thread.posts.edges.length;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { ...NO_PLACE, after: thread.posts.pageInfo.endCursor } });
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

  async function loadEarlier() {
    if (!thread) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { ...NO_PLACE, before: thread.posts.pageInfo.startCursor } });
      const added = result.data?.thread.posts.edges ?? [];
      announce(added.length > 0 ? `${added.length} earlier replies loaded` : 'No earlier replies');
      if (added.length > 0) focusPost(added[0].node.postNumber);
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  const [highlighted, setHighlighted] = useState<number>();
  /**
   * A link to reply #n (`#post-n`, "Go to reply #n", "In reply to #n"): shows it, loading the page that holds it
   * when it is not loaded, then moves focus to it and highlights it.
   */
  async function goToPost(postNumber: number) {
    if (!thread) return;
    const loaded = postNumber === 1 || thread.posts.edges.some((edge) => edge.node.postNumber === postNumber);
    if (!loaded) {
      setLoadingMore(true);
      setLoadMoreError(undefined);
      try {
        const result = await fetchMore({ variables: { ...NO_PLACE, around: postNumber } });
        if (!result.data?.thread.posts.edges.some((edge) => edge.node.postNumber === postNumber)) {
          announce(`Reply #${postNumber} is not available. It may have been deleted or hidden.`);
          return;
        }
      } catch (err) {
        setLoadMoreError(describeError(err));
        return;
      } finally {
        setLoadingMore(false);
      }
    }
    setHighlighted(postNumber);
    focusPost(postNumber);
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
      await fetchMore({ variables: { ...NO_PLACE, after: pageInfo.endCursor } });
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
    loadMore,
    loadEarlier,
    goToPost,
    highlighted,
    loadingMore,
    loadMoreError,
    showPosted,
  };
}
