import '../components/search.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LiveRegion } from '../../../components/ui/live-region';
import { LoadingState } from '../../../components/ui/loading-state';
import { SelectField } from '../../../components/ui/select-field';
import { describeError } from '../../../lib/graphql-errors';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { SearchPageQuery } from '../api/search-operations';
import { NoResults } from '../components/no-results';
import { SearchFacets } from '../components/search-facets';
import { SearchHitItem } from '../components/search-hit-item';
import { isSearchUnavailable } from '../hooks/search-errors';
import { SORT_OPTIONS, useSearchPageState, type SearchPageState, type SortKey } from '../hooks/use-search-page-state';

/** `/search?q=&forum=&tag=&solved=&staff=&sort=`: every thread the viewer may read, with facets, 20 at a time. */
export function SearchRoute() {
  const page = useSearchPageState();
  const { state } = page;
  const inputId = useId();
  const { message, announce } = useAnnouncer();
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string>();
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);
  useDocumentTitle(state.q ? `Search: ${state.q}` : 'Search');

  // The field holds what is being typed; the address (and so the results) changes when the search is sent.
  const [text, setText] = useState(state.q);
  const [seenQ, setSeenQ] = useState(state.q);
  if (state.q !== seenQ) {
    setSeenQ(state.q);
    setText(state.q);
  }

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SearchPageQuery, {
    variables: { query: state.q, filters: page.filters, sort: page.sort },
    fetchPolicy: 'cache-and-network',
  });
  // While other words or filters load, the previous results stay (dimmed).
  const results = (data ?? previousData)?.search;
  const hits = results?.hits ?? [];

  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.search-hit__title a')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [hits.length]);

  function update(next: Partial<SearchPageState>) {
    page.change(next);
    setLoadMoreError(undefined);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ q: text.trim() });
  }

  async function loadMore() {
    if (!results?.pageInfo.endCursor) return;
    const before = hits.length;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { after: results.pageInfo.endCursor } });
      const added = result.data?.search.hits.length ?? 0;
      announce(added > 0 ? `${added} more results loaded` : 'No more results');
      // Keyboard users continue from the first result that just appeared.
      if (added > 0) focusIndex.current = before;
    } catch (err) {
      setLoadMoreError(describeError(err));
    } finally {
      setLoadingMore(false);
    }
  }

  const unavailable = isSearchUnavailable(error);

  return (
    <div className="stack search-page">
      <LiveRegion message={message} />
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <form role="search" aria-label="Search threads" className="search-page__form" onSubmit={handleSubmit}>
        <label htmlFor={inputId} className="visually-hidden">
          Search threads
        </label>
        <input
          id={inputId}
          className="input search-page__input"
          type="search"
          name="q"
          autoComplete="off"
          placeholder="Search threads"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit">Search</Button>
        <SelectField inline label="Sort by" value={state.sort} options={SORT_OPTIONS} onValueChange={(value) => update({ sort: value as SortKey })} />
      </form>

      {unavailable ? (
        <Alert tone="warning" title="Search is unavailable right now">
          <p>
            Every thread can still be read: <Link to="/">browse the forums</Link>, or try searching again in a minute.
          </p>
          <Button variant="secondary" size="small" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </Button>
        </Alert>
      ) : !results ? (
        loading ? (
          <LoadingState label="Searching…" />
        ) : (
          <Alert tone="error" title="Search failed">
            {describeError(error)}
          </Alert>
        )
      ) : (
        <div className="search-page__body">
          <SearchFacets facets={results.facets} state={state} filtered={page.filtered} onChange={update} />
          <section className="search-page__results" aria-labelledby="search-results-title" aria-busy={loading || undefined}>
            <h2 id="search-results-title" className={results.query ? 'visually-hidden' : 'search-page__latest'}>
              {results.query ? 'Results' : 'Latest threads'}
            </h2>
            {error && <Alert tone="warning">{describeError(error)} The results below may be out of date.</Alert>}
            {results.query ? (
              <p className="search-page__summary muted" role="status">
                About {results.estimatedTotal.toLocaleString()} {results.estimatedTotal === 1 ? 'result' : 'results'} ({results.processingTimeMs} ms)
              </p>
            ) : (
              <p className="search-page__summary muted">Type a few words above to search every forum you can read; here is what is new meanwhile.</p>
            )}
            {hits.length === 0 ? (
              results.query ? (
                <NoResults
                  query={results.query}
                  filtered={page.filtered}
                  forumId={state.forum}
                  onClearFilters={() => update({ forum: null, tag: null, solved: null, staff: false })}
                />
              ) : (
                <div className="empty-state">
                  <h3>{page.filtered ? 'No threads match these filters' : 'No threads yet'}</h3>
                </div>
              )
            ) : (
              <ol ref={listRef} className={data ? 'search-results' : 'search-results search-results--stale'}>
                {hits.map((hit) => (
                  <SearchHitItem key={hit.thread.id} hit={hit} selectedTag={state.tag} onSelectTag={(tag) => update({ tag })} />
                ))}
              </ol>
            )}
            {loadMoreError && (
              <Alert tone="error" className="load-more-error">
                {loadMoreError}
              </Alert>
            )}
            {results.pageInfo.hasNextPage && (
              <div className="load-more">
                <Button variant="secondary" pending={loadingMore} onClick={() => void loadMore()}>
                  Load more
                </Button>
              </div>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
