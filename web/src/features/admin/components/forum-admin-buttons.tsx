import { Button } from '../../../components/ui/button';
import type { AdminForumFieldsFragment } from '../../../gql/graphql';
import type { ForumFormValues } from './forum-form';

export interface ForumAdminActions {
  editing: boolean;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (values: ForumFormValues) => Promise<void>;
  onMove: (delta: -1 | 1) => void;
  onToggleArchived: () => void;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
}

interface ForumAdminButtonsProps {
  forum: AdminForumFieldsFragment;
  admin: ForumAdminActions;
}

/**
 * Staff buttons on a forum's row: edit, move up or down, archive. Each names its forum for screen readers, and
 * carries `data-action` so that focus can come back to it once the list has re-rendered.
 */
export function ForumAdminButtons({ forum, admin }: ForumAdminButtonsProps) {
  return (
    <div className="forum-card__admin" role="group" aria-label={`Manage ${forum.name}`}>
      <Button variant="secondary" size="small" onClick={admin.onEdit} disabled={admin.busy} data-action="edit">
        Edit<span className="visually-hidden"> {forum.name}</span>
      </Button>
      <Button variant="secondary" size="small" onClick={() => admin.onMove(-1)} disabled={admin.busy || admin.isFirst} data-action="up">
        <span aria-hidden="true">↑</span> Move up<span className="visually-hidden"> {forum.name}</span>
      </Button>
      <Button variant="secondary" size="small" onClick={() => admin.onMove(1)} disabled={admin.busy || admin.isLast} data-action="down">
        <span aria-hidden="true">↓</span> Move down<span className="visually-hidden"> {forum.name}</span>
      </Button>
      <Button variant={forum.isArchived ? 'secondary' : 'danger'} size="small" onClick={admin.onToggleArchived} disabled={admin.busy} data-action="archive">
        {forum.isArchived ? 'Unarchive' : 'Archive'}
        <span className="visually-hidden"> {forum.name}</span>
      </Button>
    </div>
  );
}
