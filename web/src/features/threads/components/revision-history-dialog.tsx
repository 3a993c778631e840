import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingState } from '../../../components/ui/loading-state';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { PostFieldsFragment, RevisionFieldsFragment } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useViewer } from '../../../lib/viewer';
import { PostRevisionsQuery, RedactRevisionMutation } from '../api/thread-operations';
import { ReasonDialog } from './reason-dialog';
import { useThreadPage } from './thread-context';

interface RevisionHistoryDialogProps {
  post: PostFieldsFragment;
  onClose: () => void;
}

/** Every version of a post, newest first: who edited, when, why, what changed, and the body as a line diff. */
export function RevisionHistoryDialog({ post, onClose }: RevisionHistoryDialogProps) {
  const { thread, previousCursorOf } = useThreadPage();
  const opening = post.postNumber === 1;
  const accepted = !opening && thread.acceptedAnswer?.post.id === post.id;
  const after = opening || accepted ? null : previousCursorOf(post.id);
  const reachable = opening || accepted || after !== undefined;

  const { data, loading, error, refetch } = useQuery(PostRevisionsQuery, {
    variables: { threadId: thread.id, after, opening, accepted, reply: !opening && !accepted },
    // Always the current history, and kept out of the cache so it cannot disturb the loaded replies.
    fetchPolicy: 'no-cache',
    skip: !reachable,
  });

  const revisions = opening
    ? data?.thread.openingPost?.revisions
    : accepted
      ? data?.thread.acceptedAnswer?.post.revisions
      : data?.thread.posts?.nodes.find((node) => node.id === post.id)?.revisions;

  const title = opening ? 'Edit history of the question' : `Edit history of reply #${post.postNumber}`;
  const { viewer } = useViewer();
  // The server decides (moderators and staff); this only hides a button others could not use.
  const canRedact = !!viewer && viewer.roles.some((r) => r === 'MODERATOR' || r === 'STAFF' || r === 'ADMIN');
  const [redacting, setRedacting] = useState<number | null>(null);
  const [redact] = useMutation(RedactRevisionMutation);

  return (
    <Dialog title={title} onClose={onClose} size="large" description={`${post.revisionCount} versions, newest first.`}>
      <div className="revision-history">
        {!reachable ? (
          <Alert tone="info">Load the replies up to this one first, then open its history again.</Alert>
        ) : loading ? (
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

const CHANGE_LABELS: Record<string, string> = { title: 'Title', tags: 'Tags', body: 'Body', created: 'Created' };

function RevisionItem({ revision, previous, onRedact }: { revision: RevisionFieldsFragment; previous?: RevisionFieldsFragment; onRedact?: () => void }) {
  const created = revision.changes.includes('created');
  if (revision.redacted) {
    return (
      <li className="revision">
        <div className="revision__header">
          <h3 className="revision__title">{`Version ${revision.revision}`}</h3>
          <p className="revision__meta">
            {created ? 'Written by' : 'Edited by'} {revision.editor.displayName} · <RelativeTime value={revision.createdAt} />
          </p>
        </div>
        <p className="revision__redacted">The text of this version was redacted by a moderator.</p>
      </li>
    );
  }
  return (
    <li className="revision">
      <div className="revision__header">
        <h3 className="revision__title">{created ? `Version ${revision.revision} (original)` : `Version ${revision.revision}`}</h3>
        <p className="revision__meta">
          {created ? 'Written by' : 'Edited by'} {revision.editor.displayName} · <RelativeTime value={revision.createdAt} />
        </p>
      </div>
      {revision.reason && (
        <p className="revision__reason">
          <strong>Reason:</strong> {revision.reason}
        </p>
      )}
      {!created && revision.bodyDiffStatus !== 'REDACTED' && (
        <p className="revision__changes">
          <strong>Changed:</strong>{' '}
          {revision.changes.length > 0 ? revision.changes.map((c) => CHANGE_LABELS[c] ?? c).join(', ') : 'nothing visible'}
        </p>
      )}
      {!created && revision.changes.includes('title') && (
        <p className="revision__field-change">
          <strong>Title:</strong> <del>{previous?.title ?? '—'}</del> <span aria-hidden="true">→</span>
          <span className="visually-hidden">became</span> <ins>{revision.title ?? '—'}</ins>
        </p>
      )}
      {!created && revision.changes.includes('tags') && (
        <p className="revision__field-change">
          <strong>Tags:</strong> <del>{previous?.tags?.join(', ') || 'none'}</del> <span aria-hidden="true">→</span>
          <span className="visually-hidden">became</span> <ins>{revision.tags?.join(', ') || 'none'}</ins>
        </p>
      )}
      {revision.bodyDiffStatus === 'COMPARED' && revision.bodyDiff.length > 0 && revision.changes.includes('body') && <BodyDiff parts={revision.bodyDiff} />}
      {revision.bodyDiffStatus === 'TOO_LARGE' && <p className="revision__note">This change is too large to compare line by line.</p>}
      {revision.bodyDiffStatus === 'REDACTED' && <p className="revision__note">The comparison is not shown: the version before it was redacted.</p>}
      {onRedact && (
        <div>
          <Button variant="secondary" onClick={onRedact}>
            Redact this version
          </Button>
        </div>
      )}
    </li>
  );
}

interface DiffLine {
  kind: 'added' | 'removed' | 'same' | 'gap';
  text: string;
}

/** Unchanged runs longer than this are folded to their first and last lines. */
const CONTEXT = 2;

function toLines(parts: RevisionFieldsFragment['bodyDiff']): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of parts) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const split = part.value.split('\n');
    if (split.length > 1 && split[split.length - 1] === '') split.pop();
    const run = split.map((text) => ({ kind, text }) as DiffLine);
    if (kind === 'same' && run.length > CONTEXT * 2 + 1) {
      const folded = run.length - CONTEXT * 2;
      lines.push(...run.slice(0, CONTEXT), { kind: 'gap', text: `${folded} unchanged lines` }, ...run.slice(-CONTEXT));
    } else {
      lines.push(...run);
    }
  }
  return lines;
}

/** The body's line diff as text (never as HTML): + added lines in green, − removed lines in red. */
function BodyDiff({ parts }: { parts: RevisionFieldsFragment['bodyDiff'] }) {
  const lines = toLines(parts);
  return (
    <div className="diff" role="group" aria-label="Changes to the body">
      {lines.map((line, index) => {
        if (line.kind === 'added') {
          return (
            <ins key={index} className="diff__line diff__line--added">
              <span className="diff__sign" aria-hidden="true">+</span>
              <span className="visually-hidden">Added: </span>
              {line.text || ' '}
            </ins>
          );
        }
        if (line.kind === 'removed') {
          return (
            <del key={index} className="diff__line diff__line--removed">
              <span className="diff__sign" aria-hidden="true">-</span>
              <span className="visually-hidden">Removed: </span>
              {line.text || ' '}
            </del>
          );
        }
        if (line.kind === 'gap') {
          return (
            <span key={index} className="diff__line diff__line--gap">
              … {line.text} …
            </span>
          );
        }
        return (
          <span key={index} className="diff__line">
            <span className="diff__sign" aria-hidden="true">
              {' '}
            </span>
            {line.text || ' '}
          </span>
        );
      })}
    </div>
  );
}
