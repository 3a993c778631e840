import '../components/threads.css';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { describeError } from '../../../lib/graphql-errors';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useThreadSupport } from '../../../lib/thread-support';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { AcceptedAnswer } from '../components/accepted-answer';
import { ModerationLog } from '../components/moderation-log';
import { PostCard } from '../components/post-card';
import { ReplyArea } from '../components/reply-area';
import { ReplyList } from '../components/reply-list';
import { ThreadPageContext, type ThreadPageContextValue } from '../components/thread-context';
import { ThreadHeader } from '../components/thread-header';
import { useFocusPost, useFocusPostInAddress } from '../hooks/use-post-focus';
import { useReplyDraft } from '../hooks/use-reply-draft';
import { useThreadReading } from '../hooks/use-thread-reading';
import { useThreadReplies } from '../hooks/use-thread-replies';

/** `/t/:id`: the question, its accepted answer, the replies 20 at a time, and the reply composer. */
export function ThreadRoute() {
  const { id = '' } = useParams();
  // A different thread starts with an empty composer and fresh state.
  return <ThreadPage key={id} id={id} />;
}

function ThreadPage({ id }: { id: string }) {
  const { viewer } = useViewer();
  const { message, announce } = useAnnouncer();
  const focusPost = useFocusPost();
  const replies = useThreadReplies(id, { announce, focusPost });
  const { thread, previousCursorOf } = replies;
  const draft = useReplyDraft();
  const threadSupport = useThreadSupport();
  useDocumentTitle(thread?.title ?? 'Thread');
  useFocusPostInAddress(!!thread);
  const highestShown = thread ? Math.max(1, ...thread.posts.edges.map((edge) => edge.node.postNumber)) : 0;
  useThreadReading(thread?.id, highestShown, !!viewer);

  const { quote } = draft;
  const context = useMemo<ThreadPageContextValue | null>(
    () =>
      thread
        ? {
            thread,
            viewerId: viewer?.id ?? null,
            cacheContext: {
              threadId: thread.id,
              forumId: thread.forum.id,
              acceptedPostId: thread.acceptedAnswer?.post.id,
              acceptedAuthorId: thread.acceptedAnswer?.post.author.id,
            },
            announce,
            quote,
            previousCursorOf,
            focusPost,
          }
        : null,
    [thread, viewer?.id, announce, quote, previousCursorOf, focusPost],
  );

  if (!thread || !context) {
    if (replies.loading) return <LoadingState label="Loading thread…" />;
    return (
      <QueryErrorState
        error={replies.error}
        what="thread"
        onRetry={replies.retry}
        notFoundHint={<p>It may have been moved, hidden by a moderator, or the link may be mistyped.</p>}
      />
    );
  }

  return (
    <ThreadPageContext.Provider value={context}>
      <LiveRegion message={message} />
      <div className="thread-page">
        <ThreadHeader />
        {/* Support (tickets feature, handed in by the app): "Escalated to support", the ticket's clock, the escalate form. */}
        {threadSupport?.({ id: thread.id, title: thread.title, authorId: thread.author.id, openingPostSource: thread.openingPost.bodySource })}
        {thread.isHidden && <Alert tone="warning">This thread is hidden. Only moderators and staff can see it.</Alert>}
        {replies.error && <Alert tone="warning">{describeError(replies.error)} What you see may be out of date.</Alert>}

        <PostCard post={thread.openingPost} variant="question" />
        {thread.acceptedAnswer && <AcceptedAnswer accepted={thread.acceptedAnswer} />}
        <ReplyList onLoadMore={() => void replies.loadMore()} loadingMore={replies.loadingMore} loadMoreError={replies.loadMoreError} />
        <ReplyArea
          draft={draft}
          onPosted={async (post) => {
            draft.clear();
            await replies.showPosted(post);
          }}
        />

        {thread.viewerCanModerate && <ModerationLog entries={thread.moderationLog} />}
      </div>
    </ThreadPageContext.Provider>
  );
}
