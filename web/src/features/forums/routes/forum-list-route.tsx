import '../components/forums.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { describeError } from '../../../lib/graphql-errors';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { isStaffViewer, useViewer } from '../../../lib/viewer';
import { ForumListQuery } from '../api/forum-operations';
import { CommunityIntro } from '../components/community-intro';
import { ForumForm } from '../components/forum-form';
import { ForumListHeader } from '../components/forum-list-header';
import { ForumListItem } from '../components/forum-list-item';
import { LatestThreads } from '../components/latest-threads';
import { useForumAdmin } from '../hooks/use-forum-admin';

/**
 * `/`: the home page. Latest, Unanswered and Solved threads of every forum the viewer may see, with the forums in
 * their order beside them (below on narrow screens), and staff tools to create, edit, reorder and archive forums.
 */
export function ForumListRoute() {
  useDocumentTitle();
  const { viewer, loading: viewerLoading } = useViewer();
  const staff = isStaffViewer(viewer);
  const [searchParams, setSearchParams] = useSearchParams();
  // Local first so the checkbox answers at once; the address follows for reloads and sharing.
  const [archivedWanted, setArchivedWanted] = useState(() => searchParams.get('archived') === '1');
  const showArchived = staff && archivedWanted;
  const { data, previousData, loading, error, refetch } = useQuery(ForumListQuery, {
    variables: { includeArchived: showArchived },
    // Counts and last activity change as people post: show the cached list at once, then the fresh one.
    fetchPolicy: 'cache-and-network',
  });
  const forums = (data ?? previousData)?.forums;
  const { message, announce } = useAnnouncer();
  const admin = useForumAdmin(forums ?? [], { showArchived, announce });

  function changeShowArchived(show: boolean) {
    setArchivedWanted(show);
    const next = new URLSearchParams(searchParams);
    if (show) next.set('archived', '1');
    else next.delete('archived');
    setSearchParams(next, { replace: true });
  }

  if (!forums) {
    if (loading || viewerLoading) return <LoadingState label="Loading forums…" />;
    return <QueryErrorState error={error} what="forum list" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <div className="stack forum-index">
      <LiveRegion message={message} />
      {!viewerLoading && !viewer && <CommunityIntro />}
      <ForumListHeader
        staff={staff}
        showArchived={showArchived}
        onShowArchivedChange={changeShowArchived}
        creating={admin.creating}
        onCreate={admin.startCreating}
      />

      {staff && admin.creating && (
        <section className="card" aria-labelledby="new-forum-title">
          <h2 id="new-forum-title" className="card__title">
            New forum
          </h2>
          <ForumForm label="New forum" submitLabel="Create forum" onCancel={admin.cancelCreating} onSubmit={admin.create} />
        </section>
      )}

      {error && <Alert tone="warning">{describeError(error)} The list below may be out of date.</Alert>}
      {admin.archiveNotice && (
        <p className="alert alert--success" data-testid="archive-notice">
          {admin.archiveNotice}
        </p>
      )}
      {admin.actionError && (
        <Alert tone="error" title="That didn't work">
          {admin.actionError}
        </Alert>
      )}

      <div className="home-grid">
        <LatestThreads signedIn={!!viewer} />
        <div className="home-grid__forums">
          {forums.length === 0 ? (
            <div className="empty-state">
              <h2>No forums yet</h2>
              <p className="muted">{staff ? 'Create the first forum with “New forum”.' : 'Forums will appear here once staff create them.'}</p>
            </div>
          ) : (
            <ol className="forum-list" aria-label="Forums">
              {forums.map((forum, index) => (
                <ForumListItem key={forum.id} forum={forum} admin={staff ? admin.actionsFor(forum, index) : undefined} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </div>
  );
}
