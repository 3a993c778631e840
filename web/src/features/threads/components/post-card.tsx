import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import { UserBadges } from '../../../components/ui/user-badges';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useAcceptAnswer, useDeletePost, useModeratePost } from '../api/thread-mutations';
import { ConfirmDialog } from './confirm-dialog';
import { HelpfulButton } from './helpful-button';
import { PostBody } from './post-body';
import { PostEditor } from './post-editor';
import { ReasonDialog } from './reason-dialog';
import { RevisionHistoryDialog } from './revision-history-dialog';
import { useThreadPage } from './thread-context';

export type PostVariant = 'question' | 'reply' | 'accepted';

interface PostCardProps {
  post: PostFieldsFragment;
  variant: PostVariant;
}

type OpenDialog = 'history' | 'delete' | 'hide' | 'restore' | null;

/**
 * One post: author with badges, number, time, "edited" (opens the history), the sanitized body,
 * and what the viewer may do with it. The accepted answer is shown twice — under the question and
 * in its place among the replies — and both copies read the same cached post.
 */
export function PostCard({ post, variant }: PostCardProps) {
  const { thread, cacheContext, announce, quote, focusPost } = useThreadPage();
  const { acceptAnswer, clearAcceptedAnswer } = useAcceptAnswer(cacheContext);
  const deletePost = useDeletePost(cacheContext, thread.viewerCanModerate);
  const moderatePost = useModeratePost(cacheContext);
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [pending, setPending] = useState(false);
  const [actionError, setActionError] = useState<string>();
  const [refocusEdit, setRefocusEdit] = useState(false);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const selectedText = useRef('');
  const headingId = useId();

  const isQuestion = variant === 'question';
  const inList = variant === 'reply';
  const canAccept = thread.viewerCanAccept && !isQuestion && !post.isHidden;
  const canModerate = thread.viewerCanModerate && inList;
  const edited = !!post.editedAt || post.revisionCount > 1;
  // The question sits under the page title; answers under their section headings.
  const Heading = isQuestion ? 'h2' : 'h3';

  useEffect(() => {
    if (!refocusEdit || editing) return;
    editButtonRef.current?.focus();
    setRefocusEdit(false);
  }, [refocusEdit, editing]);

  async function run(action: () => Promise<unknown>, done: string, after?: () => void) {
    setPending(true);
    setActionError(undefined);
    try {
      await action();
      announce(done);
      after?.();
    } catch (error) {
      setActionError(describeError(error));
    } finally {
      setPending(false);
    }
  }

  /** Text selected inside this post's body when Quote was pressed, if any. */
  function captureSelection() {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? '';
    const inside = selection && selection.rangeCount > 0 && bodyRef.current?.contains(selection.getRangeAt(0).commonAncestorContainer);
    selectedText.current = inside ? text : '';
  }

  const classes = [
    'post',
    `post--${variant}`,
    post.isAccepted && inList && 'post--accepted',
    post.isHidden && 'post--hidden',
  ]
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
    >
      <header className="post__header">
        <Heading id={headingId} className="visually-hidden">
          {isQuestion ? 'Question' : `Reply #${post.postNumber}`} by {post.author.displayName}
        </Heading>
        <div className="post__byline">
          <span className="post__avatar" aria-hidden="true">
            {initialsOf(post.author.displayName)}
          </span>
          <Link to={`/users/${post.author.id}`} className="post__author">
            <bdi>{post.author.displayName}</bdi>
          </Link>
          {/* Handles are unique: next to the STAFF badge they tell a staff member from a look-alike name. */}
          <span className="post__handle">@{post.author.handle}</span>
          <UserBadges badges={post.author.badges} />
          {post.author.id === thread.author.id && !isQuestion && <span className="post__asker">Asker</span>}
        </div>
        <div className="post__meta">
          {!isQuestion && <span className="post__number">#{post.postNumber}</span>}
          <RelativeTime value={post.createdAt} />
          {edited && (
            <button type="button" className="link-button post__edited" onClick={() => setDialog('history')}>
              edited<span className="visually-hidden"> — view the edit history</span>
            </button>
          )}
          {post.isHidden && <Badge tone="neutral">Hidden</Badge>}
          {inList && post.isAccepted && (
            <Badge tone="success">
              <span aria-hidden="true">✓ </span>Accepted answer
            </Badge>
          )}
        </div>
      </header>

      {post.replyTo && !isQuestion && (
        <p className="post__reply-to">
          In reply to{' '}
          <a href={`#post-${post.replyTo.postNumber}`}>
            {post.replyTo.postNumber === 1 ? 'the question' : `#${post.replyTo.postNumber}`} by {post.replyTo.author.displayName}
          </a>
        </p>
      )}

      {editing ? (
        <PostEditor
          post={post}
          onDone={() => {
            setEditing(false);
            setRefocusEdit(true);
          }}
        />
      ) : (
        <div ref={bodyRef}>
          <PostBody html={post.bodyHtml} className="post__body" />
        </div>
      )}

      {actionError && (
        <Alert tone="error" className="post__error">
          {actionError}
        </Alert>
      )}

      {!editing && (
        <footer className="post__actions" aria-label={`Actions for ${isQuestion ? 'the question' : `reply #${post.postNumber}`}`}>
          <HelpfulButton post={post} />
          {thread.viewerCanReply && !post.isHidden && (
            <button
              type="button"
              className="post-action"
              onPointerDown={captureSelection}
              onKeyDown={captureSelection}
              onClick={() => quote(post, selectedText.current)}
            >
              Quote
            </button>
          )}
          {post.viewerCanEdit && variant !== 'accepted' && (
            <button ref={editButtonRef} type="button" className="post-action" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {post.viewerCanDelete && inList && (
            <button type="button" className="post-action post-action--danger" onClick={() => setDialog('delete')}>
              Delete
            </button>
          )}
          {canModerate &&
            (post.isHidden ? (
              <button type="button" className="post-action" onClick={() => setDialog('restore')}>
                Restore
              </button>
            ) : (
              <button type="button" className="post-action post-action--danger" onClick={() => setDialog('hide')}>
                Hide
              </button>
            ))}
          {canAccept &&
            (post.isAccepted ? (
              <button
                type="button"
                className="post-action post-action--accept"
                disabled={pending}
                onClick={() =>
                  void run(
                    () => clearAcceptedAnswer(),
                    'The accepted answer was removed',
                    variant === 'accepted' ? () => focusPost(post.postNumber) : undefined,
                  )
                }
              >
                Unaccept
              </button>
            ) : (
              <button
                type="button"
                className="post-action post-action--accept"
                disabled={pending}
                onClick={() =>
                  void run(
                    () => acceptAnswer(post.id, post.author.id),
                    `Reply #${post.postNumber} by ${post.author.displayName} is now the accepted answer`,
                  )
                }
              >
                Accept answer
              </button>
            ))}
          {variant === 'accepted' && (
            <a className="post-action post-action--link" href={`#post-${post.postNumber}`}>
              Go to reply #{post.postNumber}
            </a>
          )}
        </footer>
      )}

      {dialog === 'history' && <RevisionHistoryDialog post={post} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={`Delete reply #${post.postNumber}?`}
          description={
            post.isAccepted
              ? 'It is the accepted answer: deleting it also removes that mark. Moderators can still see it.'
              : 'It disappears from the thread. Moderators can still see it.'
          }
          confirmLabel="Delete reply"
          onConfirm={async () => {
            await deletePost(post.id);
            announce(`Reply #${post.postNumber} deleted`);
            if (!thread.viewerCanModerate) focusPost(0);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {(dialog === 'hide' || dialog === 'restore') && (
        <ReasonDialog
          title={dialog === 'hide' ? `Hide reply #${post.postNumber}` : `Restore reply #${post.postNumber}`}
          description={
            dialog === 'hide'
              ? `Only moderators and staff will see it.${post.isAccepted ? ' It also stops being the accepted answer.' : ''}`
              : 'Everyone who can see the thread will see it again.'
          }
          confirmLabel={dialog === 'hide' ? 'Hide reply' : 'Restore reply'}
          danger={dialog === 'hide'}
          onConfirm={async (reason) => {
            await moderatePost(post.id, dialog === 'hide' ? 'HIDE' : 'RESTORE', reason);
            announce(dialog === 'hide' ? `Reply #${post.postNumber} hidden` : `Reply #${post.postNumber} restored`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </article>
  );
}

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => [...part][0]?.toUpperCase() ?? '').join('') || '?';
}
