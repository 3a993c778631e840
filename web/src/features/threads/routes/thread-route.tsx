import '../components/threads.css';
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { plainTextOf } from '../../../lib/html-text';
import { signInPath } from '../../../lib/safe-next-path';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { ThreadPageQuery } from '../api/thread-operations';
import { AcceptedAnswer } from '../components/accepted-answer';
import { ModerationLog } from '../components/moderation-log';
import { PostCard } from '../components/post-card';
import { ReplyComposer } from '../components/reply-composer';
import { ThreadPageContext, type ThreadPageContextValue } from '../components/thread-context';
import { ThreadHeader } from '../components/thread-header';

/** `/t/:id`: the question, its accepted answer, the replies 20 at a time, and the reply composer. */
export function ThreadRoute() {
  const { id = '' } = useParams();
  // A different thread starts with an empty composer and fresh state.
  return <ThreadPage key={id} id={id} />;
}

/** Where focus goes after the list re-renders: a post by number, or 0 for the replies heading. */
type FocusRequest = number | null;

function ThreadPage({ id }: { id: string }) {
  const location = useLocation();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadPageQuery, {
    variables: { id },
    // Replies and votes arrive all the time: show what is cached at once, then the current thread.
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.thread;
  useDocumentTitle(thread?.title ?? 'Thread');

  const { message, announce } = useAnnouncer();
  const [draft, setDraft] = useState('');
  const [replyTo, setReplyTo] = useState<PostFieldsFragment | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const repliesHeadingRef = useRef<HTMLHeadingElement>(null);
  const scrolledToHash = useRef(false);

  const edges = thread?.posts.edges;
  const previousCursors = useMemo(() => {
    const map = new Map<string, string | null>();
    edges?.forEach((edge, index) => map.set(edge.node.id, index === 0 ? null : edges[index - 1].cursor));
    return map;
  }, [edges]);

  useEffect(() => {
    if (focusRequest === null) return;
    const target =
      focusRequest === 0 ? repliesHeadingRef.current : document.getElementById(`post-${focusRequest}`);
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
    setFocusRequest(null);
  }, [focusRequest, edges]);

  // A link to "#post-7" (from a profile or a quote) lands on that post once the thread has loaded.
  useEffect(() => {
    if (!thread || scrolledToHash.current) return;
    scrolledToHash.current = true;
    const match = /^#post-(\d+)$/.exec(location.hash);
    if (match) setFocusRequest(Number(match[1]));
  }, [thread, location.hash]);

  const quote = useCallback((post: PostFieldsFragment, selectedText?: string) => {
    const source = selectedText || (post.bodyFormat === 'markdown' ? post.bodySource : plainTextOf(post.bodyHtml, 5000));
    const quoted = source
      .trim()
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
    const block = `@${post.author.handle} wrote:\n${quoted}\n\n`;
    setDraft((current) => (current.trim() ? `${current.trimEnd()}\n\n${block}` : block));
    setReplyTo(post);
    requestAnimationFrame(() => {
      const textarea = composerRef.current;
      if (!textarea) return;
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      textarea.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
  }, []);

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
            previousCursorOf: (postId) => previousCursors.get(postId),
            focusPost: (postNumber) => setFocusRequest(postNumber),
          }
        : null,
    [thread, viewer?.id, announce, quote, previousCursors],
  );

  if (!thread || !context) {
    if (loading) return <LoadingState label="Loading thread…" />;
    return (
      <QueryErrorState
        error={error}
        what="thread"
        onRetry={() => void refetch().catch(() => undefined)}
        notFoundHint={<p>It may have been moved, hidden by a moderator, or the link may be mistyped.</p>}
      />
    );
  }

  const replies = thread.posts.edges.map((edge) => edge.node);
  const { pageInfo } = thread.posts;

  async function loadMore() {
    const before = replies.length;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { after: pageInfo.endCursor } });
      const added = result.data?.thread.posts.edges ?? [];
      announce(added.length > 0 ? `${added.length} more replies loaded` : 'No more replies');
      if (added.length > 0) setFocusRequest(added[0].node.postNumber);
      else if (before === 0) setFocusRequest(0);
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  async function onPosted(post: PostFieldsFragment) {
    setDraft('');
    setReplyTo(null);
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
    setFocusRequest(post.postNumber);
  }

  const replyCountLabel = `${thread.replyCount} ${thread.replyCount === 1 ? 'reply' : 'replies'}`;
  // Moderators also see hidden replies, which the count leaves out.
  const hiddenLoaded = replies.filter((post) => post.isHidden).length;

  return (
    <ThreadPageContext.Provider value={context}>
      <LiveRegion message={message} />
      <div className="thread-page">
        <ThreadHeader />
        {thread.isHidden && (
          <Alert tone="warning">This thread is hidden. Only moderators and staff can see it.</Alert>
        )}
        {error && (
          <Alert tone="warning">
            {describeError(error)} What you see may be out of date.
          </Alert>
        )}

        <PostCard post={thread.openingPost} variant="question" />

        {thread.acceptedAnswer && <AcceptedAnswer accepted={thread.acceptedAnswer} />}

        <section className="replies" aria-labelledby="replies-title">
          <h2 id="replies-title" ref={repliesHeadingRef} tabIndex={-1} className="replies__title">
            {replyCountLabel}
            {hiddenLoaded > 0 && <span className="replies__hidden"> · {hiddenLoaded} hidden</span>}
          </h2>
          {replies.length === 0 ? (
            <p className="muted replies__empty">No replies yet. {thread.viewerCanReply ? 'Be the first to help.' : ''}</p>
          ) : (
            <ol className="post-list">
              {replies.map((post) => (
                <li key={post.id}>
                  <PostCard post={post} variant="reply" />
                </li>
              ))}
            </ol>
          )}
          {loadMoreError && <Alert tone="error">{loadMoreError}</Alert>}
          {pageInfo.hasNextPage && (
            <div className="load-more">
              <Button variant="secondary" pending={loadingMore} onClick={() => void loadMore()}>
                Load more
              </Button>
            </div>
          )}
        </section>

        {viewerLoading ? null : !viewer ? (
          <div className="card composer-placeholder">
            <p>Know the answer or have the same question?</p>
            <Link className="button button--primary" to={signInPath(`/t/${thread.id}`)}>
              Sign in to reply
            </Link>
          </div>
        ) : thread.viewerCanReply ? (
          <ReplyComposer
            body={draft}
            onBodyChange={setDraft}
            replyTo={replyTo}
            onClearReplyTo={() => setReplyTo(null)}
            textareaRef={composerRef}
            onPosted={onPosted}
          />
        ) : thread.forum.isArchived ? (
          <Alert tone="info" title="This forum is archived">
            It is read-only: no new replies, edits or votes. Moderators can still hide, move or restore what is in it.
          </Alert>
        ) : thread.isLocked ? (
          <Alert tone="info" title="This thread is locked">
            Moderators have closed it to new replies.
          </Alert>
        ) : null}

        {thread.viewerCanModerate && <ModerationLog entries={thread.moderationLog} />}
      </div>
    </ThreadPageContext.Provider>
  );
}
