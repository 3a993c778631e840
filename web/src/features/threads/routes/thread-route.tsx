import '../components/threads.css';
import { useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';
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
import { postNumberInHash, useFocusPost, useGoToPostInAddress } from '../hooks/use-post-focus';
import { useReplyDraft } from '../hooks/use-reply-draft';
import { useReplyShortcut } from '../hooks/use-reply-shortcut';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
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
  // A deep link's first load is the page holding its reply (read once: later fragment changes go to goToPost).
  const { hash } = useLocation();
  const [initialPostNumber] = useState(() => postNumberInHash(hash));
  const replies = useThreadReplies(id, { announce, focusPost, initialPostNumber });
  const { thread } = replies;
  const draft = useReplyDraft(id);
  // Leaving with an unposted reply asks first; signing in does not (the draft is stored and waits for the return).
  const leaveGuard = useLeaveGuard({ dirty: !!viewer && !!draft.body.trim(), allow: (pathname) => pathname === '/sign-in' });
  const canWriteReply = !!viewer && !!thread?.viewerCanReply;
  useReplyShortcut(canWriteReply, draft.focusComposer);
  const threadSupport = useThreadSupport();
  useDocumentTitle(thread?.title ?? 'Thread');
  useGoToPostInAddress(!!thread, replies.goToPost);
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
            focusPost,
            highlightedPost: replies.highlighted,
          }
        : null,
    [thread, viewer?.id, announce, quote, focusPost, replies.highlighted],
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
      {leaveGuard.dialog}
      <div className="thread-page">
        {canWriteReply && (
          <p className="thread-page__shortcuts">
            {/* The reply box is below every reply: reach it without tabbing through the thread (issue 11). */}
            <a
              className="skip-to-reply"
              href="#reply-box"
              onClick={(event) => {
                event.preventDefault();
                draft.focusComposer();
              }}
            >
              Skip to reply box
            </a>
            <span className="muted thread-page__hint">
              Press <kbd>R</kbd> to reply
            </span>
          </p>
        )}
        <ThreadHeader />
        {/* Support (tickets feature, handed in by the app): "Escalated to support", the ticket's clock, the escalate form. */}
        {threadSupport?.({ id: thread.id, title: thread.title, authorId: thread.author.id, openingPostSource: thread.openingPost.bodySource })}
        {thread.isHidden && <Alert tone="warning">This thread is hidden. Only moderators and staff can see it.</Alert>}
        {replies.error && <Alert tone="warning">{describeError(replies.error)} What you see may be out of date.</Alert>}

        <PostCard post={thread.openingPost} variant="question" />
        {thread.acceptedAnswer && <AcceptedAnswer accepted={thread.acceptedAnswer} />}
        <ReplyList
          onLoadMore={() => void replies.loadMore()}
          onLoadEarlier={() => void replies.loadEarlier()}
          loadingMore={replies.loadingMore}
          loadMoreError={replies.loadMoreError}
        />
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
