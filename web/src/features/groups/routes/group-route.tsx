import '../components/groups.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { LockIcon } from '../../../components/ui/lock-icon';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { RelativeTime } from '../../../components/ui/relative-time';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { GroupPageQuery } from '../api/group-operations';
import { EditGroupForm } from '../components/edit-group-form';
import { GroupAdminPanel } from '../components/group-admin-panel';
import { KIND_LABELS, membersLabel, POLICY_LABELS } from '../components/group-labels';
import { GroupMembers } from '../components/group-members';
import { MembershipActions } from '../components/membership-actions';

/** `/g/:slug`: a group's page: description, owners, how to join, its private forums, members; owners' screens. */
export function GroupRoute() {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { message, announce } = useAnnouncer();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(GroupPageQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const group = data?.group;
  useDocumentTitle(group?.name ?? 'Group');

  if (!group) {
    if (loading) return <LoadingState label="Loading group…" />;
    return <QueryErrorState error={error} what="group" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const isMember = group.viewerState === 'MEMBER' || group.viewerState === 'OWNER';
  return (
    <div className="stack group-page">
      <LiveRegion message={message} />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/groups">Groups</Link>
          </li>
          <li aria-current="page">{group.name}</li>
        </ol>
      </nav>
      <header className="page-header">
        <div className="page-header__title-row">
          <h1>{group.name}</h1>
          <span className="product-area">{KIND_LABELS[group.kind]}</span>
          {group.visibility === 'HIDDEN' && <Badge tone="neutral">Hidden group</Badge>}
        </div>
        <p className="group-card__meta">
          <span>{POLICY_LABELS[group.membershipPolicy]}</span>
          <span>{membersLabel(group.memberCount)}</span>
          <span>
            Owned by{' '}
            {group.owners.map((owner, index) => (
              <span key={owner.id}>
                {index > 0 && ', '}
                <Link to={`/u/${owner.handle}`}>{owner.displayName}</Link>
              </span>
            ))}
          </span>
        </p>
      </header>

      {/* Sanitized on the server, like posts. */}
      {group.descriptionHtml && <div className="prose group-description" dangerouslySetInnerHTML={{ __html: group.descriptionHtml }} />}

      <MembershipActions group={group} onChanged={announce} />

      <section aria-labelledby="group-forums-title" className="stack">
        <h2 id="group-forums-title">Private forums</h2>
        {group.forums.length === 0 ? (
          <p className="muted">{isMember || group.viewerCanManage ? 'This group has no forums yet.' : 'Members of this group see its private forums here.'}</p>
        ) : (
          <ul className="group-forums">
            {group.forums.map((forum) => (
              <li key={forum.id} className="card group-forum">
                <h3 className="group-forum__title">
                  <LockIcon /> <Link to={`/f/${forum.slug}`}>{forum.name}</Link>
                </h3>
                {forum.description && <p className="muted">{forum.description}</p>}
                <p className="muted">
                  {forum.threadCount} {forum.threadCount === 1 ? 'thread' : 'threads'}
                  {forum.lastActivityAt && (
                    <>
                      {' · last activity '}
                      <RelativeTime value={forum.lastActivityAt} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {group.latestThreads.length > 0 && (
        <section aria-labelledby="group-latest-title" className="stack">
          <h2 id="group-latest-title">Latest threads</h2>
          <ul className="member-list">
            {group.latestThreads.map((thread) => (
              <li key={thread.id} className="member-list__item">
                <Link to={`/t/${thread.id}`}>{thread.title}</Link>
                {thread.isSolved && <Badge tone="success">Solved</Badge>}
                <span className="muted">
                  {thread.replyCount} {thread.replyCount === 1 ? 'reply' : 'replies'} · <RelativeTime value={thread.lastActivityAt} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {group.viewerCanManage && (
        <section aria-labelledby="group-admin-title" className="card stack">
          <h2 id="group-admin-title">Manage the group</h2>
          {editing ? (
            <EditGroupForm
              group={group}
              onDone={(done) => {
                setEditing(false);
                if (done) announce(done);
              }}
            />
          ) : (
            <div>
              <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
                Edit group
              </Button>
            </div>
          )}
          <GroupAdminPanel groupId={group.id} slug={group.slug} onChanged={announce} />
        </section>
      )}

      {(isMember || group.viewerCanManage) && (
        <section aria-labelledby="group-members-title" className="stack">
          <h2 id="group-members-title">Members</h2>
          <GroupMembers groupId={group.id} slug={group.slug} canManage={group.viewerCanManage} viewerId={viewer?.id ?? null} onChanged={announce} />
        </section>
      )}
    </div>
  );
}
