import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingState } from '../../../components/ui/loading-state';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useViewer } from '../../../lib/viewer';
import { RedactRevisionMutation } from '../api/thread-operations';
import { usePostRevisions } from '../hooks/use-post-revisions';
import { ReasonDialog } from './reason-dialog';
import { RevisionItem } from './revision-item';

interface RevisionHistoryDialogProps {
  post: PostFieldsFragment;
  onClose: () => void;
}

/** Every version of a post, newest first: who edited, when, why, what changed, and the body as a line diff. */
export function RevisionHistoryDialog({ post, onClose }: RevisionHistoryDialogProps) {
  const opening = post.postNumber === 1;
  const { loading, error, revisions, refetch } = usePostRevisions(post);
  const title = opening ? 'Edit history of the question' : `Edit history of reply #${post.postNumber}`;
  const { viewer } = useViewer();
  // The server decides (moderators and staff); this only hides a button others could not use.
  const canRedact = !!viewer && viewer.roles.some((r) => r === 'MODERATOR' || r === 'STAFF' || r === 'ADMIN');
  const [redacting, setRedacting] = useState<number | null>(null);
  const [redact] = useMutation(RedactRevisionMutation);

  return (
    <Dialog title={title} onClose={onClose} size="large" description={`${post.revisionCount} versions, newest first.`}>
      <div className="revision-history">
        {loading ? (
          <LoadingState label="Loading history…" />
        ) : error || !revisions ? (
          <div className="stack">
            <Alert tone="error" title="The history could not be loaded">
              {error ? describeError(error) : 'The thread changed meanwhile. Reload the page and try again.'}
            </Alert>
            <div>
              <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
                Try again
              </Button>
            </div>
          </div>
        ) : (
          <ol className="revision-list">
            {[...revisions].reverse().map((revision) => (
              <RevisionItem
                key={revision.revision}
                revision={revision}
                previous={revisions.find((r) => r.revision === revision.revision - 1)}
                onRedact={canRedact && revision.revision < post.revisionCount && !revision.redacted ? () => setRedacting(revision.revision) : undefined}
              />
            ))}
          </ol>
        )}
      </div>
      <div className="dialog__actions">
        <Button variant="secondary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </div>
      {redacting !== null && (
        <ReasonDialog
          title={`Redact version ${redacting}`}
          description="Its text is deleted for good (and the comparisons that show it). Use this for secrets or personal data pasted by mistake. The reason is logged: do not repeat the secret in it."
          confirmLabel="Redact"
          danger
          onConfirm={async (reason) => {
            await redact({ variables: { input: { postId: post.id, revision: redacting, reason } } });
            await refetch();
          }}
          onClose={() => setRedacting(null)}
        />
      )}
    </Dialog>
  );
}
