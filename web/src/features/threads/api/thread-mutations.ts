import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  CreateThreadInput,
  EditPostInput,
  EditThreadInput,
  PostModerationAction,
  ThreadModerationAction,
} from '../../../gql/graphql';
import {
  AcceptAnswerMutation,
  ClearAcceptedAnswerMutation,
  CreateThreadMutation,
  DeletePostMutation,
  EditPostMutation,
  EditThreadMutation,
  ModeratePostMutation,
  ModerateThreadMutation,
  MoveThreadMutation,
  ReplyToThreadMutation,
  ThreadStateQuery,
  VoteHelpfulMutation,
  WithdrawHelpfulVoteMutation,
} from './thread-operations';

/*
 * Cache coherence. Every mutation returns the objects it changed with their ids (the post, and the
 * thread's state: counts, status, accepted answer), so the thread page updates in place. What a
 * response cannot carry is dropped from the cache instead, and fetched again when next shown:
 *  - the forum list (counts, last activity) and a forum's sorted and filtered thread lists;
 *  - profile statistics of the people involved (post count, accepted answers, recent posts).
 */

function evictForumListings(cache: ApolloCache, ...forumIds: Array<string | undefined>) {
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

function evictUserStats(cache: ApolloCache, ...userIds: Array<string | undefined>) {
  for (const userId of userIds) {
    if (!userId) continue;
    const id = cache.identify({ __typename: 'User', id: userId });
    cache.evict({ id, fieldName: 'postCount' });
    cache.evict({ id, fieldName: 'acceptedAnswerCount' });
    cache.evict({ id, fieldName: 'recentPosts' });
  }
}

/** A post's helpful votes also count towards its thread's total. */
function addThreadHelpful(cache: ApolloCache, threadId: string, delta: number) {
  if (delta === 0) return;
  cache.modify<{ helpfulCount: number }>({
    id: cache.identify({ __typename: 'Thread', id: threadId }),
    fields: { helpfulCount: (count) => Math.max(0, (count as number) + delta) },
  });
}

function setPostAccepted(cache: ApolloCache, postId: string | undefined, isAccepted: boolean) {
  if (!postId) return;
  cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { isAccepted: () => isAccepted } });
}

/** Takes a post out of its thread's loaded replies (a deleted reply, for people who cannot see hidden posts). */
function removeReply(cache: ApolloCache, threadId: string, postId: string) {
  cache.modify<{ posts: { edges: Array<{ node: Reference }> } }>({
    id: cache.identify({ __typename: 'Thread', id: threadId }),
    fields: {
      posts(existing, { readField }) {
        if (!existing || typeof existing !== 'object' || !('edges' in existing)) return existing;
        return { ...existing, edges: existing.edges.filter((edge) => readField('id', edge.node) !== postId) };
      },
    },
  });
}

/** What the thread page knows about the thread a mutation touches. */
export interface ThreadContextForCache {
  threadId: string;
  forumId: string;
  acceptedPostId?: string;
  acceptedAuthorId?: string;
}

export function useCreateThread() {
  const [mutate] = useMutation(CreateThreadMutation);
  return useCallback(
    async (input: CreateThreadInput, authorId: string | undefined) => {
      const { data } = await mutate({
        variables: { input },
        update(cache) {
          evictForumListings(cache, input.forumId);
          evictUserStats(cache, authorId);
          cache.gc();
        },
      });
      return data?.createThread;
    },
    [mutate],
  );
}

export function useReplyToThread(context: ThreadContextForCache) {
  const [mutate] = useMutation(ReplyToThreadMutation);
  return useCallback(
    async (body: string, replyToPostId: string | null) => {
      const { data } = await mutate({
        variables: { input: { threadId: context.threadId, body, replyToPostId } },
        update(cache, { data: result }) {
          evictForumListings(cache, context.forumId);
          evictUserStats(cache, result?.replyToThread.author.id);
          cache.gc();
        },
      });
      return data?.replyToThread;
    },
    [mutate, context.threadId, context.forumId],
  );
}

export function useEditPost() {
  const [mutate] = useMutation(EditPostMutation);
  return useCallback(async (input: EditPostInput) => (await mutate({ variables: { input } })).data?.editPost, [mutate]);
}

export function useEditThread(forumId: string) {
  const [mutate] = useMutation(EditThreadMutation);
  return useCallback(
    async (input: EditThreadInput) =>
      (
        await mutate({
          variables: { input },
          update(cache) {
            // Tags decide which filtered lists a thread belongs to.
            evictForumListings(cache, forumId);
            cache.gc();
          },
        })
      ).data?.editThread,
    [mutate, forumId],
  );
}

export function useDeletePost(context: ThreadContextForCache, viewerSeesHidden: boolean) {
  const [mutate] = useMutation(DeletePostMutation);
  return useCallback(
    async (postId: string) =>
      (
        await mutate({
          variables: { postId },
          refetchQueries: [{ query: ThreadStateQuery, variables: { id: context.threadId } }],
          awaitRefetchQueries: true,
          update(cache, { data }) {
            const post = data?.deletePost;
            if (post?.isHidden && !viewerSeesHidden) removeReply(cache, context.threadId, postId);
            if (context.acceptedPostId === postId) setPostAccepted(cache, postId, false);
            evictForumListings(cache, context.forumId);
            evictUserStats(cache, post?.author.id);
            cache.gc();
          },
        })
      ).data?.deletePost,
    [mutate, context.threadId, context.forumId, context.acceptedPostId, viewerSeesHidden],
  );
}

interface HelpfulTarget {
  id: string;
  helpfulCount: number;
  viewerHasVoted: boolean;
}

/** Votes or withdraws at once (optimistically); the server's counts replace the guess. */
export function useToggleHelpful(threadId: string) {
  const [vote] = useMutation(VoteHelpfulMutation);
  const [withdraw] = useMutation(WithdrawHelpfulVoteMutation);
  return useCallback(
    async (post: HelpfulTarget) => {
      const delta = post.viewerHasVoted ? -1 : 1;
      const optimistic = {
        __typename: 'Post' as const,
        id: post.id,
        helpfulCount: Math.max(0, post.helpfulCount + delta),
        viewerHasVoted: !post.viewerHasVoted,
        viewerCanVote: true,
      };
      // The thread's total moves by what the post's count really moved (0 when the vote was already there).
      const update = (cache: ApolloCache, result: { helpfulCount: number } | undefined) =>
        addThreadHelpful(cache, threadId, result ? result.helpfulCount - post.helpfulCount : 0);
      if (post.viewerHasVoted) {
        await withdraw({
          variables: { postId: post.id },
          optimisticResponse: { withdrawHelpfulVote: optimistic },
          update: (cache, { data }) => update(cache, data?.withdrawHelpfulVote),
        });
      } else {
        await vote({
          variables: { postId: post.id },
          optimisticResponse: { voteHelpful: optimistic },
          update: (cache, { data }) => update(cache, data?.voteHelpful),
        });
      }
    },
    [vote, withdraw, threadId],
  );
}

export function useAcceptAnswer(context: ThreadContextForCache) {
  const [accept] = useMutation(AcceptAnswerMutation);
  const [clear] = useMutation(ClearAcceptedAnswerMutation);

  const acceptAnswer = useCallback(
    async (postId: string, authorId: string) =>
      accept({
        variables: { postId },
        update(cache) {
          if (context.acceptedPostId !== postId) setPostAccepted(cache, context.acceptedPostId, false);
          evictForumListings(cache, context.forumId);
          evictUserStats(cache, context.acceptedAuthorId, authorId);
          cache.gc();
        },
      }),
    [accept, context.acceptedPostId, context.acceptedAuthorId, context.forumId],
  );

  const clearAcceptedAnswer = useCallback(
    async () =>
      clear({
        variables: { threadId: context.threadId },
        update(cache) {
          setPostAccepted(cache, context.acceptedPostId, false);
          evictForumListings(cache, context.forumId);
          evictUserStats(cache, context.acceptedAuthorId);
          cache.gc();
        },
      }),
    [clear, context.threadId, context.acceptedPostId, context.acceptedAuthorId, context.forumId],
  );

  return { acceptAnswer, clearAcceptedAnswer };
}

export function useModerateThread(context: ThreadContextForCache) {
  const [mutate] = useMutation(ModerateThreadMutation);
  return useCallback(
    async (action: ThreadModerationAction, reason: string) =>
      mutate({
        variables: { input: { threadId: context.threadId, action, reason } },
        update(cache) {
          // Pinning reorders lists; hiding and restoring change counts.
          evictForumListings(cache, context.forumId);
          cache.gc();
        },
      }),
    [mutate, context.threadId, context.forumId],
  );
}

export function useMoveThread(context: ThreadContextForCache) {
  const [mutate] = useMutation(MoveThreadMutation);
  return useCallback(
    async (forumId: string, reason: string) =>
      mutate({
        variables: { input: { threadId: context.threadId, forumId, reason } },
        update(cache) {
          evictForumListings(cache, context.forumId, forumId);
          cache.gc();
        },
      }),
    [mutate, context.threadId, context.forumId],
  );
}

export function useModeratePost(context: ThreadContextForCache) {
  const [mutate] = useMutation(ModeratePostMutation);
  return useCallback(
    async (postId: string, action: PostModerationAction, reason: string) =>
      mutate({
        variables: { input: { postId, action, reason } },
        refetchQueries: [{ query: ThreadStateQuery, variables: { id: context.threadId } }],
        awaitRefetchQueries: true,
        update(cache, { data }) {
          if (action === 'HIDE' && context.acceptedPostId === postId) setPostAccepted(cache, postId, false);
          evictForumListings(cache, context.forumId);
          evictUserStats(cache, data?.moderatePost.author.id);
          cache.gc();
        },
      }),
    [mutate, context.threadId, context.forumId, context.acceptedPostId],
  );
}
