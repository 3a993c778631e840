import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateThreadInput, EditPostInput, EditThreadInput, PostModerationAction, ThreadModerationAction } from '../../../gql/graphql';
import { useDataChanged } from '../../../lib/data-changes';
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
 * Those belong to the forums and profile features: `useDataChanged` (lib/data-changes.tsx) tells them what changed.
 */

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
  const changed = useDataChanged();
  return useCallback(
    async (input: CreateThreadInput, authorId: string | undefined) => {
      const { data } = await mutate({
        variables: { input },
        update: (cache) => changed(cache, { forumIds: [input.forumId], userIds: [authorId] }),
      });
      return data?.createThread;
    },
    [mutate, changed],
  );
}

export function useReplyToThread(context: ThreadContextForCache) {
  const [mutate] = useMutation(ReplyToThreadMutation);
  const changed = useDataChanged();
  return useCallback(
    async (body: string, replyToPostId: string | null) => {
      const { data } = await mutate({
        variables: { input: { threadId: context.threadId, body, replyToPostId } },
        update: (cache, { data: result }) => changed(cache, { forumIds: [context.forumId], userIds: [result?.replyToThread.author.id] }),
      });
      return data?.replyToThread;
    },
    [mutate, changed, context.threadId, context.forumId],
  );
}

export function useEditPost() {
  const [mutate] = useMutation(EditPostMutation);
  return useCallback(async (input: EditPostInput) => (await mutate({ variables: { input } })).data?.editPost, [mutate]);
}

export function useEditThread(forumId: string) {
  const [mutate] = useMutation(EditThreadMutation);
  const changed = useDataChanged();
  return useCallback(
    async (input: EditThreadInput) =>
      (
        await mutate({
          variables: { input },
          // Tags decide which filtered lists a thread belongs to.
          update: (cache) => changed(cache, { forumIds: [forumId] }),
        })
      ).data?.editThread,
    [mutate, changed, forumId],
  );
}

export function useDeletePost(context: ThreadContextForCache, viewerSeesHidden: boolean) {
  const [mutate] = useMutation(DeletePostMutation);
  const changed = useDataChanged();
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
            changed(cache, { forumIds: [context.forumId], userIds: [post?.author.id] });
          },
        })
      ).data?.deletePost,
    [mutate, changed, context.threadId, context.forumId, context.acceptedPostId, viewerSeesHidden],
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
  const changed = useDataChanged();

  const acceptAnswer = useCallback(
    async (postId: string, authorId: string) =>
      accept({
        variables: { postId },
        update(cache) {
          if (context.acceptedPostId !== postId) setPostAccepted(cache, context.acceptedPostId, false);
          changed(cache, { forumIds: [context.forumId], userIds: [context.acceptedAuthorId, authorId] });
        },
      }),
    [accept, changed, context.acceptedPostId, context.acceptedAuthorId, context.forumId],
  );

  const clearAcceptedAnswer = useCallback(
    async () =>
      clear({
        variables: { threadId: context.threadId },
        update(cache) {
          setPostAccepted(cache, context.acceptedPostId, false);
          changed(cache, { forumIds: [context.forumId], userIds: [context.acceptedAuthorId] });
        },
      }),
    [clear, changed, context.threadId, context.acceptedPostId, context.acceptedAuthorId, context.forumId],
  );

  return { acceptAnswer, clearAcceptedAnswer };
}

export function useModerateThread(context: ThreadContextForCache) {
  const [mutate] = useMutation(ModerateThreadMutation);
  const changed = useDataChanged();
  return useCallback(
    async (action: ThreadModerationAction, reason: string) =>
      mutate({
        variables: { input: { threadId: context.threadId, action, reason } },
        // Pinning reorders lists; hiding and restoring change counts.
        update: (cache) => changed(cache, { forumIds: [context.forumId] }),
      }),
    [mutate, changed, context.threadId, context.forumId],
  );
}

export function useMoveThread(context: ThreadContextForCache) {
  const [mutate] = useMutation(MoveThreadMutation);
  const changed = useDataChanged();
  return useCallback(
    async (forumId: string, reason: string) =>
      mutate({
        variables: { input: { threadId: context.threadId, forumId, reason } },
        update: (cache) => changed(cache, { forumIds: [context.forumId, forumId] }),
      }),
    [mutate, changed, context.threadId, context.forumId],
  );
}

export function useModeratePost(context: ThreadContextForCache) {
  const [mutate] = useMutation(ModeratePostMutation);
  const changed = useDataChanged();
  return useCallback(
    async (postId: string, action: PostModerationAction, reason: string) =>
      mutate({
        variables: { input: { postId, action, reason } },
        refetchQueries: [{ query: ThreadStateQuery, variables: { id: context.threadId } }],
        awaitRefetchQueries: true,
        update(cache, { data }) {
          if (action === 'HIDE' && context.acceptedPostId === postId) setPostAccepted(cache, postId, false);
          changed(cache, { forumIds: [context.forumId], userIds: [data?.moderatePost.author.id] });
        },
      }),
    [mutate, changed, context.threadId, context.forumId, context.acceptedPostId],
  );
}
