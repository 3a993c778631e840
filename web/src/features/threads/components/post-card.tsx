import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { useAfterRender } from '../../../lib/use-after-render';
import { useAsyncAction } from '../../../lib/use-async-action';
import { useAcceptAnswer } from '../api/thread-mutations';
import { focusAcceptToggle } from './accept-focus';
import { PostActions } from './post-actions';
import { PostBody } from './post-body';
import { PostDialog, type PostDialogKind } from './post-dialog';
import { PostEditor } from './post-editor';
import { PostHeader } from './post-header';
import { useThreadPage, type PostVariant } from './thread-context';

interface PostCardProps {
  post: PostFieldsFragment;
  variant: PostVariant;
}

/**
 * One post: its header, the sanitized body (or the inline editor), and what the viewer may do with it.
 * The accepted answer is shown twice — under the question and in its place among the replies — and
 * both copies read the same cached post.
 */
export function PostCard({ post, variant }: PostCardProps) {
  const { cacheContext, announce, focusPost, highlightedPost } = useThreadPage();
  const { acceptAnswer, clearAcceptedAnswer } = useAcceptAnswer(cacheContext);
  const accepting = useAsyncAction();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<PostDialogKind | null>(null);
  const afterRender = useAfterRender();
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const inList = variant === 'reply';

  function toggleAccepted() {
    if (accepting.pending) return;
    void accepting.run(async () => {
      if (post.isAccepted) {
        await clearAcceptedAnswer();
        announce('The accepted answer was removed');
        if (variant === 'accepted') focusPost(post.postNumber);
      } else {
        await acceptAnswer(post.id, post.author.id);
        announce(`Reply #${post.postNumber} by ${post.author.displayName} is now the accepted answer`);
        // In the list the reply becomes a compact marker: focus follows to the marker's own Unaccept.
        if (inList) focusAcceptToggle(post.postNumber);
      }
    });
  }

  function closeEditor() {
    setEditing(false);
    afterRender(() => editButtonRef.current?.focus());
  }

  const highlighted = variant !== 'accepted' && highlightedPost === post.postNumber;
  const classes = ['post', `post--${variant}`, post.isAccepted && inList && 'post--accepted', post.isHidden && 'post--hidden', highlighted && 'post--linked']
    .filter(Boolean)
    .join(' ');

  return (
    <article
      className={classes}
      id={variant === 'accepted' ? undefined : `post-${post.postNumber}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      // One element per post number: the accepted answer's copy under the question is not counted twice.
      data-post-number={variant === 'accepted' ? undefined : post.postNumber}
      aria-current={highlighted ? 'location' : undefined}
    >
      <PostHeader post={post} variant={variant} headingId={headingId} onShowHistory={() => setDialog('history')} />
      {post.isHidden && post.hiddenReason && (
        <Alert tone="warning" className="post__hidden-reason">
          Hidden by a moderator: {post.hiddenReason}
        </Alert>
      )}

      {editing ? (
        <PostEditor post={post} onDone={closeEditor} />
      ) : (
        <div ref={bodyRef}>
          <PostBody html={post.bodyHtml} className="post__body" />
        </div>
      )}

      {accepting.error && (
        <Alert tone="error" className="post__error">
          {accepting.error}
        </Alert>
      )}

      {!editing && (
        <PostActions
          post={post}
          variant={variant}
          bodyRef={bodyRef}
          editButtonRef={editButtonRef}
          onEdit={() => setEditing(true)}
          onOpenDialog={setDialog}
          accept={{ pending: accepting.pending, toggle: toggleAccepted }}
        />
      )}

      {dialog && <PostDialog post={post} dialog={dialog} onClose={() => setDialog(null)} />}
    </article>
  );
}
