import '../components/forums.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import { describeError } from '../../../lib/graphql-errors';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { ForumThreadsQuery } from '../api/forum-operations';
import { ForumHeader } from '../components/forum-header';
import { ThreadFilters, type ThreadListOptions } from '../components/thread-filters';
import { ThreadListItem } from '../components/thread-list-item';
import { NO_FILTERS, useThreadListOptions } from '../hooks/use-thread-list-options';

/** `/f/:slug`: one forum's threads, sorted and filtered, 20 at a time. */
export function ForumRoute() {
  const { viewer } = useViewer();
  const { slug = '' } = useParams();
  const list = useThreadListOptions();
  const { options } = list;
  const { message, announce } = useAnnouncer();
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ForumThreadsQuery, {
    variables: { slug, sort: list.sort, filter: list.filter },
    fetchPolicy: 'cache-and-network',
  });
  // While a new sort or filter loads, keep showing the previous list of the same forum (dimmed).
  const shown = data ?? (previousData?.forum.slug === slug ? previousData : undefined);
  const forum = shown?.forum;
  const threads = forum?.threads.nodes ?? [];
  useDocumentTitle(forum?.name ?? 'Forum');

  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.thread-row__title a')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [threads.length]);

  function update(next: Partial<ThreadListOptions>) {
    list.change(next);
    setLoadMoreError(undefined);
  }

  async function loadMore() {
    if (!forum) return;
    const before = threads.length;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { after: forum.threads.pageInfo.endCursor } });
      const added = result.data?.forum.threads.nodes.length ?? 0;
      announce(added > 0 ? `${added} more threads loaded` : 'No more threads');
      // Keyboard users continue from the first thread that just appeared.
      if (added > 0) focusIndex.current = before;
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  if (!forum) {
    if (loading) return <LoadingState label="Loading threads…" />;
    return <QueryErrorState error={error} what="forum" onRetry={() => void refetch().catch(() => undefined)} />;
  }

  return (
    <div className="stack forum-page">
      <LiveRegion message={message} />
      <ForumHeader forum={forum} />
      <ThreadFilters options={options} onChange={update} />
      {error && <Alert tone="warning">{describeError(error)} The list below may be out of date.</Alert>}

      <section aria-labelledby="thread-list-title" aria-busy={loading || undefined}>
        <h2 id="thread-list-title" className="visually-hidden">
          Threads
        </h2>
        {threads.length === 0 ? (
          loading ? (
            <LoadingState label="Loading threads…" />
          ) : list.filtered ? (
            <div className="empty-state">
              <h3>No threads match these filters</h3>
              <p className="muted">Try another filter, or show every thread in this forum.</p>
              <Button variant="secondary" onClick={() => update(NO_FILTERS)}>
                Clear filters
              </Button>
            </div>
          ) : (
            <div className="empty-state">
              <h3>No threads yet — start the first one</h3>
              <p className="muted">Questions, workarounds and ideas about {forum.name} belong here.</p>
              {forum.viewerCanPost && (
                <Link className="button button--primary" to={`/f/${forum.slug}/new`}>
                  Start the first thread
                </Link>
              )}
            </div>
          )
        ) : (
          <ol ref={listRef} className={data ? 'thread-list' : 'thread-list thread-list--stale'}>
            {threads.map((thread) => (
              <ThreadListItem key={thread.id} thread={thread} selectedTag={options.tag} onSelectTag={(tag) => update({ tag })} signedIn={!!viewer} />
            ))}
          </ol>
        )}
        {loadMoreError && (
          <Alert tone="error" className="load-more-error">
            {loadMoreError}
          </Alert>
        )}
        {forum.threads.pageInfo.hasNextPage && (
          <div className="load-more">
            <Button variant="secondary" pending={loadingMore} onClick={() => void loadMore()}>
              Load more
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
