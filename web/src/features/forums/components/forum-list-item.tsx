import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { ForumSummaryFieldsFragment } from '../../../gql/graphql';
import { ForumAdminButtons, type ForumAdminActions } from './forum-admin-buttons';
import { ForumForm } from './forum-form';
import { PrivateMarker } from '../../../components/ui/private-marker';

interface ForumListItemProps {
  forum: ForumSummaryFieldsFragment;
  /** Only for staff. */
  admin?: ForumAdminActions;
}

/** A forum's row: name, badges, description, last activity and counts; for staff, its buttons or its edit form. */
export function ForumListItem({ forum, admin }: ForumListItemProps) {
  const titleId = `forum-${forum.id}-title`;

  if (admin?.editing) {
    return (
      <li className="card forum-card forum-card--editing" data-forum-id={forum.id}>
        <h2 className="card__title">Edit {forum.name}</h2>
        <ForumForm
          label={`Edit ${forum.name}`}
          submitLabel="Save forum"
          slugRequired
          initial={{
            name: forum.name,
            slug: forum.slug,
            description: forum.description,
            productArea: forum.productArea ?? '',
            groupId: forum.group?.id ?? '',
            color: forum.color ?? '',
          }}
          onSubmit={admin.onSave}
          onCancel={admin.onCancelEdit}
        />
      </li>
    );
  }

  return (
    <li
      className={['card forum-card', forum.isArchived && 'forum-card--archived', forum.color && 'forum-card--colored'].filter(Boolean).join(' ')}
      style={forum.color ? ({ '--forum-color': forum.color } as CSSProperties) : undefined}
      data-forum-id={forum.id}
      aria-labelledby={titleId}
    >
      <div className="forum-card__main">
        <div className="forum-card__heading">
          <h2 id={titleId} className="forum-card__title">
            <Link to={`/f/${forum.slug}`}>{forum.name}</Link>
          </h2>
          {forum.productArea && <span className="product-area">{forum.productArea}</span>}
          {forum.isPrivate && <PrivateMarker group={forum.group} />}
          {forum.isArchived && <Badge tone="neutral">Archived</Badge>}
        </div>
        {forum.description && <p className="forum-card__description">{forum.description}</p>}
        <p className="forum-card__activity">
          {forum.lastActivityAt ? (
            <>
              Last activity <RelativeTime value={forum.lastActivityAt} />
              {forum.lastThread && (
                <>
                  {' '}
                  in <Link to={`/t/${forum.lastThread.id}`}>{forum.lastThread.title}</Link>
                </>
              )}
            </>
          ) : (
            <span className="muted">No activity yet</span>
          )}
        </p>
      </div>
      <dl className="forum-card__stats">
        <div>
          <dt>Threads</dt>
          <dd>{forum.threadCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Posts</dt>
          <dd>{forum.postCount.toLocaleString()}</dd>
        </div>
      </dl>
      {admin && <ForumAdminButtons forum={forum} admin={admin} />}
    </li>
  );
}
