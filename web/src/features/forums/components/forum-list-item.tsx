import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { RelativeTime } from '../../../components/ui/relative-time';
import type { ForumSummaryFieldsFragment } from '../../../gql/graphql';
import { PrivateMarker } from '../../../components/ui/private-marker';

interface ForumListItemProps {
  forum: ForumSummaryFieldsFragment;
}

/** A forum's row: name, badges, description, last activity and counts (staff manage forums in /admin/forums). */
export function ForumListItem({ forum }: ForumListItemProps) {
  const titleId = `forum-${forum.id}-title`;

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
    </li>
  );
}
