import '../components/forums.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { QueryErrorState } from '../../../components/ui/query-error-state';
import type { ThreadFilterInput, ThreadSort } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { signInPath } from '../../../lib/safe-next-path';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useViewer } from '../../../lib/viewer';
import { ForumThreadsQuery } from '../api/forum-operations';
import { SORT_OPTIONS, ThreadFilters, type SolvedKey, type SortKey, type ThreadListOptions } from '../components/thread-filters';
import { ThreadListItem } from '../components/thread-list-item';
import { PrivateMarker } from '../../../components/ui/private-marker';

const SORTS: Record<SortKey, ThreadSort> = {
  latest: 'LATEST_ACTIVITY',
  newest: 'NEWEST',
  helpful: 'MOST_HELPFUL',
  unanswered: 'UNANSWERED',
};

function readOptions(params: URLSearchParams): ThreadListOptions {
  const sort = params.get('sort');
  const solved = params.get('show');
  return {
    sort: SORT_OPTIONS.some((o) => o.value === sort) ? (sort as SortKey) : 'latest',
    solved: solved === 'solved' || solved === 'unsolved' ? (solved as SolvedKey) : 'all',
    staffAnswered: params.get('staff') === '1',
    tag: params.get('tag') || null,
  };
}

function writeOptions(options: ThreadListOptions): URLSearchParams {
  const params = new URLSearchParams();
  if (options.sort !== 'latest') params.set('sort', options.sort);
  if (options.solved !== 'all') params.set('show', options.solved);
  if (options.staffAnswered) params.set('staff', '1');
  if (options.tag) params.set('tag', options.tag);
  return params;
}

/** Built in a fixed key order, so the same filters always share one cached list. */
function toFilter(options: ThreadListOptions): ThreadFilterInput | undefined {
  const filter: ThreadFilterInput = {};
  if (options.solved !== 'all') filter.solved = options.solved === 'solved';
  if (options.staffAnswered) filter.hasStaffAnswer = true;
  if (options.tag) filter.tag = options.tag;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** `/f/:slug`: one forum's threads, sorted and filtered, 20 at a time. */
export function ForumRoute() {
  const { slug = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  // Controls answer at once; the address follows (router navigations run as transitions, so a control
  // bound straight to the URL would snap back for a moment). Back and forward still restore the URL's state.
  const [options, setOptions] = useState(() => readOptions(searchParams));
  const search = searchParams.toString();
  const [seenSearch, setSeenSearch] = useState(search);
  if (search !== seenSearch) {
    setSeenSearch(search);
    setOptions(readOptions(searchParams));
  }
  const { viewer } = useViewer();
  const { message, announce } = useAnnouncer();
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);

  const variables = { slug, sort: SORTS[options.sort], filter: toFilter(options) };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ForumThreadsQuery, {
    variables,
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
    const merged = { ...options, ...next };
    setOptions(merged);
    setSearchParams(writeOptions(merged), { replace: true });
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

  const filtered = options.solved !== 'all' || options.staffAnswered || !!options.tag || options.sort === 'unanswered';
  const newThreadPath = `/f/${forum.slug}/new`;

  return (
    <div className="stack forum-page">
      <LiveRegion message={message} />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/">Forums</Link>
          </li>
          <li aria-current="page">{forum.name}</li>
        </ol>
      </nav>
      <header className="page-header page-header--row">
        <div>
          <div className="page-header__title-row">
            <h1>{forum.name}</h1>
            {forum.productArea && <span className="product-area">{forum.productArea}</span>}
            {forum.isPrivate && <PrivateMarker group={forum.group} />}
            {forum.isArchived && <Badge tone="neutral">Archived</Badge>}
          </div>
          {forum.description && <p className="page-header__lead">{forum.description}</p>}
        </div>
        <div className="page-header__actions">
          {forum.viewerCanPost ? (
            <Link className="button button--primary" to={newThreadPath}>
              New thread
            </Link>
          ) : !viewer ? (
            <Link className="button button--secondary" to={signInPath(newThreadPath)}>
              Sign in to start a thread
            </Link>
          ) : null}
        </div>
      </header>

      {forum.isArchived && (
        <Alert tone="info">This forum is archived: you can read its threads, but new ones can't be started here.</Alert>
      )}

      <ThreadFilters options={options} onChange={update} />

      {error && (
        <Alert tone="warning">
          {describeError(error)} The list below may be out of date.
        </Alert>
      )}

      <section aria-labelledby="thread-list-title" aria-busy={loading || undefined}>
        <h2 id="thread-list-title" className="visually-hidden">
          Threads
        </h2>
        {threads.length === 0 ? (
          loading ? (
            <LoadingState label="Loading threads…" />
          ) : filtered ? (
            <div className="empty-state">
              <h3>No threads match these filters</h3>
              <p className="muted">Try another filter, or show every thread in this forum.</p>
              <Button variant="secondary" onClick={() => update({ sort: 'latest', solved: 'all', staffAnswered: false, tag: null })}>
                Clear filters
              </Button>
            </div>
          ) : (
            <div className="empty-state">
              <h3>No threads yet — start the first one</h3>
              <p className="muted">Questions, workarounds and ideas about {forum.name} belong here.</p>
              {forum.viewerCanPost && (
                <Link className="button button--primary" to={newThreadPath}>
                  Start the first thread
                </Link>
              )}
            </div>
          )
        ) : (
          <ol ref={listRef} className={data ? 'thread-list' : 'thread-list thread-list--stale'}>
            {threads.map((thread) => (
              <ThreadListItem key={thread.id} thread={thread} selectedTag={options.tag} onSelectTag={(tag) => update({ tag })} />
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
