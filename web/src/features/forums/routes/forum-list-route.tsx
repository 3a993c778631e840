import '../components/forums.css';
import { useQuery } from '@apollo/client/react';
import { Alert } from '../../../components/ui/alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { describeError } from '../../../lib/graphql-errors';
import { useNavigationNotice } from '../../../lib/navigation-notice';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { ForumListQuery } from '../api/forum-operations';
import { CommunityIntro } from '../components/community-intro';
import { ForumListHeader } from '../components/forum-list-header';
import { ForumListItem } from '../components/forum-list-item';
import { LatestThreads } from '../components/latest-threads';

/**
 * `/`: the home page. Latest, Unanswered and Solved threads of every forum the viewer may see, with the forums in
 * their order beside them (below on narrow screens), for reading (staff create, edit, reorder and archive forums in
 * /admin/forums).
 */
export function ForumListRoute() {
  useDocumentTitle();
  const { viewer, loading: viewerLoading } = useViewer();
  const notice = useNavigationNotice();
  const { data, previousData, loading, error, refetch } = useQuery(ForumListQuery, {
    variables: { includeArchived: false },
    // Counts and last activity change as people post: show the cached list at once, then the fresh one.
    fetchPolicy: 'cache-and-network',
  });
  const forums = (data ?? previousData)?.forums;
  if (!forums) {
    if (loading || viewerLoading) return <LoadingState label="Loading forums…" />;
    return <QueryErrorState error={error} what="forum list" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <div className="stack forum-index">
      {/* One h1 first, for screen readers' heading lists; the welcome, Latest and Forums are its sections. */}
      <h1 className="visually-hidden">Community home</h1>
      {notice && <Alert tone="success">{notice}</Alert>}
      {!viewerLoading && !viewer && <CommunityIntro />}

      {error && <Alert tone="warning">{describeError(error)} The list below may be out of date.</Alert>}
      <div className="home-grid">
        <LatestThreads signedIn={!!viewer} />
        <div className="home-grid__forums">
          <ForumListHeader />
          {forums.length === 0 ? (
            <div className="empty-state">
              <h2>No forums yet</h2>
              <p className="muted">Forums will appear here once staff create them.</p>
            </div>
          ) : (
            <ol className="forum-list" aria-label="Forums">
              {forums.map((forum) => (
                <ForumListItem key={forum.id} forum={forum} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </div>
  );
}
