import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useAsyncAction } from '../../../lib/use-async-action';
import { useAcceptAnswer } from '../api/thread-mutations';
import { focusAcceptToggle } from './accept-focus';
import { PostCard } from './post-card';
import { useThreadPage } from './thread-context';

interface ReplyListProps {
  onLoadMore: () => void;
  onLoadEarlier: () => void;
  loadingMore: boolean;
  loadMoreError?: string;
}

/** The replies loaded so far under their count ("3 replies · 1 hidden"), "Load earlier" (after a deep link) and "Load more". */
export function ReplyList({ onLoadMore, onLoadEarlier, loadingMore, loadMoreError }: ReplyListProps) {
  const { thread } = useThreadPage();
  const replies = thread.posts.edges.map((edge) => edge.node);
  const replyCountLabel = `${thread.replyCount} ${thread.replyCount === 1 ? 'reply' : 'replies'}`;
  // Moderators also see hidden replies, which the count leaves out.
  const hiddenLoaded = replies.filter((post) => post.isHidden).length;

  return (
    <section className="replies" aria-labelledby="replies-title">
      {/* Focus comes here when there is no reply to go to (after deleting one, or loading none). */}
      <h2 id="replies-title" tabIndex={-1} className="replies__title">
        {replyCountLabel}
        {hiddenLoaded > 0 && <span className="replies__hidden"> · {hiddenLoaded} hidden</span>}
      </h2>
      {thread.posts.pageInfo.hasPreviousPage && (
        <div className="load-more load-more--earlier">
          <Button variant="secondary" pending={loadingMore} onClick={onLoadEarlier}>
            Load earlier replies
          </Button>
        </div>
      )}
      {replies.length === 0 ? (
        <p className="muted replies__empty">No replies yet. {thread.viewerCanReply ? 'Be the first to help.' : ''}</p>
      ) : (
        <ol className="post-list">
          {replies.map((post) => (
            <li key={post.id}>
              {post.isAccepted && thread.acceptedAnswer?.post.id === post.id ? (
                <AcceptedMarker postNumber={post.postNumber} author={post.author.displayName} />
              ) : (
                <PostCard post={post} variant="reply" />
              )}
            </li>
          ))}
        </ol>
      )}
      {loadMoreError && <Alert tone="error">{loadMoreError}</Alert>}
      {thread.posts.pageInfo.hasNextPage && (
        <div className="load-more">
          <Button variant="secondary" pending={loadingMore} onClick={onLoadMore}>
            Load more
          </Button>
        </div>
      )}
    </section>
  );
}

/**
 * The accepted answer is shown in full once, under the question; in its place among the replies a compact marker
 * keeps its post number (links to #post-n still land here, highlighted) and links up to it. Those who may accept keep
 * an Unaccept here, so focus stays on the action after "Accept answer".
 */
function AcceptedMarker({ postNumber, author }: { postNumber: number; author: string }) {
  const { thread, cacheContext, announce, highlightedPost } = useThreadPage();
  const { clearAcceptedAnswer } = useAcceptAnswer(cacheContext);
  const clearing = useAsyncAction();
  const highlighted = highlightedPost === postNumber;
  function unaccept() {
    if (clearing.pending) return;
    void clearing.run(async () => {
      await clearAcceptedAnswer();
      announce('The accepted answer was removed');
      focusAcceptToggle(postNumber);
    });
  }
  return (
    <article
      className={['post', 'post--accepted-marker', highlighted && 'post--linked'].filter(Boolean).join(' ')}
      id={`post-${postNumber}`}
      tabIndex={-1}
      data-post-number={postNumber}
      aria-label={`Reply #${postNumber}`}
      aria-current={highlighted ? 'location' : undefined}
    >
      <p className="accepted-marker">
        <span aria-hidden="true">✓ </span>
        <strong>Accepted answer</strong> by {author} — <a href="#accepted-answer">shown above</a>
        {thread.viewerCanAccept && (
          <>
            {' '}
            <button
              type="button"
              className="post-action post-action--accept"
              data-accept-toggle
              aria-disabled={clearing.pending || undefined}
              onClick={unaccept}
            >
              Unaccept
            </button>
          </>
        )}
      </p>
    </article>
  );
}
