import { useRef, type Ref, type RefObject } from 'react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { HelpfulButton } from './helpful-button';
import type { PostDialogKind } from './post-dialog';
import { useThreadPage, type PostVariant } from './thread-context';

interface PostActionsProps {
  post: PostFieldsFragment;
  variant: PostVariant;
  /** The post's rendered body: Quote takes the text selected inside it, if any. */
  bodyRef: RefObject<HTMLElement | null>;
  /** The Edit button, which gets focus back when the editor closes. */
  editButtonRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onOpenDialog: (dialog: PostDialogKind) => void;
  /** Accept or unaccept this reply, busy while that runs. */
  accept: { pending: boolean; toggle: () => void };
}

/** What the viewer may do with a post: vote, quote, edit, delete, hide or restore, accept. */
export function PostActions({ post, variant, bodyRef, editButtonRef, onEdit, onOpenDialog, accept }: PostActionsProps) {
  const { thread, quote } = useThreadPage();
  const selectedText = useRef('');
  const isQuestion = variant === 'question';
  const inList = variant === 'reply';
  const canAccept = thread.viewerCanAccept && !isQuestion && !post.isHidden;
  const canModerate = thread.viewerCanModerate && inList;

  /** Text selected inside this post's body when Quote was pressed, if any. */
  function captureSelection() {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? '';
    const inside = selection && selection.rangeCount > 0 && bodyRef.current?.contains(selection.getRangeAt(0).commonAncestorContainer);
    selectedText.current = inside ? text : '';
  }

  return (
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
        <button ref={editButtonRef} type="button" className="post-action" onClick={onEdit}>
          Edit
        </button>
      )}
      {post.viewerCanDelete && inList && (
        <button type="button" className="post-action post-action--danger" onClick={() => onOpenDialog('delete')}>
          Delete
        </button>
      )}
      {canModerate &&
        (post.isHidden ? (
          <button type="button" className="post-action" onClick={() => onOpenDialog('restore')}>
            Restore
          </button>
        ) : (
          <button type="button" className="post-action post-action--danger" onClick={() => onOpenDialog('hide')}>
            Hide
          </button>
        ))}
      {canAccept && (
        // aria-disabled, not disabled: a disabled button drops keyboard focus to the page, and focus must stay here (issue 11).
        <button
          type="button"
          className="post-action post-action--accept"
          data-accept-toggle
          aria-disabled={accept.pending || undefined}
          onClick={accept.toggle}
        >
          {post.isAccepted ? 'Unaccept' : 'Accept answer'}
        </button>
      )}
      {variant === 'accepted' && (
        <a className="post-action post-action--link" href={`#post-${post.postNumber}`}>
          Go to reply #{post.postNumber}
        </a>
      )}
    </footer>
  );
}
