import { Button } from '../../../components/ui/button';
import { FORUM_LIST_HEADING_ID } from '../hooks/use-forum-admin';

interface ForumListHeaderProps {
  /** Staff see "Show archived" and "New forum". */
  staff: boolean;
  showArchived: boolean;
  onShowArchivedChange: (show: boolean) => void;
  /** While the new forum form is open its button is hidden. */
  creating: boolean;
  onCreate: () => void;
}

export function ForumListHeader({ staff, showArchived, onShowArchivedChange, creating, onCreate }: ForumListHeaderProps) {
  return (
    <header className="page-header page-header--row">
      <div>
        <h1 id={FORUM_LIST_HEADING_ID} tabIndex={-1}>
          Forums
        </h1>
        <p className="page-header__lead">Pick a forum to ask a question or help someone else.</p>
      </div>
      {staff && (
        <div className="page-header__actions">
          <label className="checkbox">
            <input type="checkbox" checked={showArchived} onChange={(event) => onShowArchivedChange(event.target.checked)} />
            Show archived
          </label>
          {!creating && (
            <Button onClick={onCreate} data-action="new-forum">
              New forum
            </Button>
          )}
        </div>
      )}
    </header>
  );
}
