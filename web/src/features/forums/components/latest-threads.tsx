import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingState } from '../../../components/ui/loading-state';
import type { LatestTab } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { LatestThreadsQuery } from '../api/forum-operations';
import { LatestThreadRow } from './latest-thread-row';

const TABS: ReadonlyArray<{ tab: LatestTab; label: string; param: string; empty: string }> = [
  { tab: 'LATEST', label: 'Latest', param: '', empty: 'No threads yet.' },
  { tab: 'UNANSWERED', label: 'Unanswered', param: 'unanswered', empty: 'Every thread has a reply.' },
  { tab: 'SOLVED', label: 'Solved', param: 'solved', empty: 'No thread has an accepted answer yet.' },
];

/** The home page's lists over every forum the viewer may see: Latest, Unanswered and Solved, as links (?tab=). */
export function LatestThreads({ signedIn }: { signedIn: boolean }) {
  const [searchParams] = useSearchParams();
  const current = TABS.find((t) => t.param === (searchParams.get('tab') ?? '')) ?? TABS[0];
  const { data, loading, error, fetchMore } = useQuery(LatestThreadsQuery, {
    variables: { tab: current.tab },
    // New posts arrive all the time: show the cached list at once, then the fresh one.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();
  // Only this tab's threads: another tab's list must not show under this tab's name while it loads.
  const list = data?.latestThreads;

  function tabHref(param: string) {
    const next = new URLSearchParams(searchParams);
    if (param) next.set('tab', param);
    else next.delete('tab');
    const query = next.toString();
    return query ? `/?${query}` : '/';
  }

  async function loadMore() {
    if (!list) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      await fetchMore({ variables: { after: list.pageInfo.endCursor } });
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="latest" aria-labelledby="latest-title">
      <h2 id="latest-title" className="latest__title">
        Threads
      </h2>
      <nav aria-label="Thread lists">
        <ul className="latest-tabs">
          {TABS.map((t) => (
            <li key={t.tab}>
              <Link to={tabHref(t.param)} className="latest-tabs__tab" aria-current={t === current ? 'page' : undefined} replace>
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error && <Alert tone="warning">{describeError(error)}</Alert>}
      {!list ? (
        loading && <LoadingState label="Loading threads…" />
      ) : list.edges.length === 0 ? (
        <p className="muted">{current.empty}</p>
      ) : (
        <ol className="latest-list" aria-label={`${current.label} threads`}>
          {list.edges.map(({ node }) => (
            <LatestThreadRow key={node.id} thread={node} signedIn={signedIn} />
          ))}
        </ol>
      )}
      {loadMoreError && <Alert tone="error">{loadMoreError}</Alert>}
      {list?.pageInfo.hasNextPage && (
        <div className="load-more">
          <Button variant="secondary" pending={loadingMore} onClick={() => void loadMore()}>
            Load more
          </Button>
        </div>
      )}
    </section>
  );
}
