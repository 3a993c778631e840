import { useQuery } from '@apollo/client/react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { RelativeTime } from '../../../components/ui/relative-time';
import { SearchIndexStatusQuery } from '../api/search-admin-operations';

function describeLag(seconds: number): string {
  if (seconds === 0) return 'Up to date';
  if (seconds < 1) return 'Less than a second behind';
  if (seconds < 120) return `${Math.round(seconds)} seconds behind`;
  return `${Math.round(seconds / 60)} minutes behind`;
}

/** Staff: whether search answers and how far it is behind the forums. */
export function IndexStatusCard() {
  const { data, loading, error, refetch } = useQuery(SearchIndexStatusQuery, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  if (loading && !data) return <LoadingState label="Loading the index status…" />;
  if (error && !data) return <QueryErrorState error={error} what="index status" onRetry={() => void refetch()} />;
  const s = data!.searchIndexStatus;
  return (
    <section className="card" aria-labelledby="index-status-title">
      <h2 id="index-status-title" className="card__title">
        Search index
      </h2>
      {!s.available && (
        <Alert tone="warning" title="Search is unavailable">
          Members can read and post; search answers again, and catches up on every change, as soon as Meilisearch is back.
          {s.lastError && <span className="search-admin__error"> ({s.lastError})</span>}
        </Alert>
      )}
      <dl className="search-admin__stats">
        <div>
          <dt>Freshness</dt>
          <dd>{describeLag(s.lagSeconds)}</dd>
        </div>
        <div>
          <dt>Changes waiting</dt>
          <dd>{s.pendingEvents}</dd>
        </div>
        <div>
          <dt>Threads in the index</dt>
          <dd>{s.documents ?? 'unknown'}</dd>
        </div>
        <div>
          <dt>Write to searchable (p95)</dt>
          <dd>{s.appliedLagP95Ms === null || s.appliedLagP95Ms === undefined ? 'no changes yet' : `${s.appliedLagP95Ms} ms`}</dd>
        </div>
        <div>
          <dt>Last change applied</dt>
          <dd>{s.lastAppliedAt ? <RelativeTime value={s.lastAppliedAt} /> : 'none since the server started'}</dd>
        </div>
      </dl>
      <Button variant="secondary" onClick={() => void refetch()} disabled={loading}>
        Refresh
      </Button>
    </section>
  );
}
