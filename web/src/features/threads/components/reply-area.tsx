import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { signInPath } from '../../../lib/safe-next-path';
import { useViewer } from '../../../lib/viewer';
import type { ReplyDraft } from '../hooks/use-reply-draft';
import { ReplyComposer } from './reply-composer';
import { useThreadPage } from './thread-context';

interface ReplyAreaProps {
  draft: ReplyDraft;
  onPosted: (post: PostFieldsFragment) => Promise<void>;
}

/** Below the replies: the composer, or why there is none (signed out, archived forum, locked thread). */
export function ReplyArea({ draft, onPosted }: ReplyAreaProps) {
  const { thread } = useThreadPage();
  const { viewer, loading, refetch } = useViewer();
  // The session ended while writing (the reply was refused as UNAUTHENTICATED): the draft is stored for the return.
  const [sessionEnded, setSessionEnded] = useState(false);
  const signInRef = useRef<HTMLAnchorElement>(null);
  // The composer that had focus is gone: focus goes to the way back in.
  useEffect(() => {
    if (sessionEnded && !viewer) signInRef.current?.focus();
  }, [sessionEnded, viewer]);

  if (loading) return null;
  if (!viewer) {
    const hasDraft = !!draft.body.trim();
    return (
      <div className="card composer-placeholder" id="reply-box">
        {sessionEnded ? (
          <Alert tone="warning" title="You have been signed out">
            Your session ended before your reply was posted. {hasDraft && 'Your draft is saved in this browser: sign in and it will be here.'}
          </Alert>
        ) : (
          <p>{hasDraft ? 'Your reply is saved as a draft in this browser. Sign in to post it.' : 'Know the answer or have the same question?'}</p>
        )}
        <Link ref={signInRef} className="button button--primary" to={signInPath(`/t/${thread.id}`)}>
          {sessionEnded ? 'Sign in' : 'Sign in to reply'}
        </Link>
      </div>
    );
  }
  if (thread.viewerCanReply) {
    return (
      <ReplyComposer
        body={draft.body}
        onBodyChange={draft.setBody}
        replyTo={draft.replyTo}
        onClearReplyTo={draft.clearReplyTo}
        quoteCount={draft.quoteCount}
        onPosted={onPosted}
        onSessionEnded={() => {
          setSessionEnded(true);
          // The header and this box turn to "signed out" with the viewer's next answer.
          void refetch().catch(() => undefined);
        }}
      />
    );
  }
  if (thread.forum.isArchived) {
    return (
      <Alert tone="info" title="This forum is archived">
        It is read-only: no new replies, edits or votes. Moderators can still hide, move or restore what is in it.
      </Alert>
    );
  }
  if (thread.isLocked) {
    return (
      <Alert tone="info" title="This thread is locked">
        Moderators have closed it to new replies.
      </Alert>
    );
  }
  return null;
}
