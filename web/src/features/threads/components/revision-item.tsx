import { Button } from '../../../components/ui/button';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { RevisionFieldsFragment } from '../../../gql/graphql';
import { BodyDiff } from './body-diff';

const CHANGE_LABELS: Record<string, string> = { title: 'Title', tags: 'Tags', body: 'Body', created: 'Created' };

interface RevisionItemProps {
  revision: RevisionFieldsFragment;
  /** The version before it, for the title and tags it changed. */
  previous?: RevisionFieldsFragment;
  /** Offered to moderators and staff for any version but the current one. */
  onRedact?: () => void;
}

/** One version: who wrote or edited it and when, why, what changed (title, tags, the body as a line diff). */
export function RevisionItem({ revision, previous, onRedact }: RevisionItemProps) {
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
          <strong>Changed:</strong> {revision.changes.length > 0 ? revision.changes.map((c) => CHANGE_LABELS[c] ?? c).join(', ') : 'nothing visible'}
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
