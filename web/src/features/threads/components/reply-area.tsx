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
  const { viewer, loading } = useViewer();

  if (loading) return null;
  if (!viewer) {
    return (
      <div className="card composer-placeholder">
        <p>Know the answer or have the same question?</p>
        <Link className="button button--primary" to={signInPath(`/t/${thread.id}`)}>
          Sign in to reply
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
