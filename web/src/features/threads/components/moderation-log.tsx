import { RelativeTime } from '../../../components/ui/relative-time';
import type { ModerationEntryFieldsFragment } from '../../../gql/graphql';

const ACTION_LABELS: Record<string, string> = {
  LOCK_THREAD: 'locked the thread',
  UNLOCK_THREAD: 'unlocked the thread',
  PIN_THREAD: 'pinned the thread',
  UNPIN_THREAD: 'unpinned the thread',
  HIDE_THREAD: 'hid the thread',
  RESTORE_THREAD: 'restored the thread',
  MOVE_THREAD: 'moved the thread to another forum',
  HIDE_POST: 'hid a reply',
  RESTORE_POST: 'restored a reply',
  REDACT_REVISION: 'redacted an earlier version of a post',
};

/** "version 2" for a redaction, from the entry's JSON details; nothing for other actions. */
function detailOf(entry: ModerationEntryFieldsFragment): string {
  if (entry.action !== 'REDACT_REVISION') return '';
  try {
    const { revision } = JSON.parse(entry.details) as { revision?: number };
    return typeof revision === 'number' ? ` (version ${revision})` : '';
  } catch {
    return '';
  }
}

interface ModerationLogProps {
  entries: readonly ModerationEntryFieldsFragment[];
}

/** Moderators only: what was done to this thread, by whom and why, newest first. */
export function ModerationLog({ entries }: ModerationLogProps) {
  return (
    <details className="card moderation-log">
      <summary>
        <span className="moderation-log__title">Moderation log</span>{' '}
        <span className="muted">
          ({entries.length} {entries.length === 1 ? 'entry' : 'entries'})
        </span>
      </summary>
      {entries.length === 0 ? (
        <p className="muted">Nothing has been done to this thread yet.</p>
      ) : (
        <ol className="moderation-log__list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="moderation-log__what">
                <strong>{entry.actor.displayName}</strong> {ACTION_LABELS[entry.action] ?? entry.action.toLowerCase().replace(/_/g, ' ')}
                {detailOf(entry)} · <RelativeTime value={entry.createdAt} />
              </p>
              <p className="moderation-log__reason">
                <span className="muted">Reason:</span> {entry.reason}
              </p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
