import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchFiltersInput, SearchSort } from '../../../gql/graphql';

export type SortKey = 'relevance' | 'latest' | 'newest';

export const SORT_OPTIONS: ReadonlyArray<{ value: SortKey; label: string }> = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'latest', label: 'Latest activity' },
  { value: 'newest', label: 'Newest' },
];

const SORTS: Record<SortKey, SearchSort> = { relevance: 'RELEVANCE', latest: 'LATEST_ACTIVITY', newest: 'NEWEST' };

/** What the search page shows, as its address says: `/search?q=&forum=&tag=&solved=&staff=&sort=`. */
export interface SearchPageState {
  q: string;
  /** A forum id. */
  forum: string | null;
  tag: string | null;
  /** true: solved only; false: unsolved only. */
  solved: boolean | null;
  staff: boolean;
  sort: SortKey;
}

export const EMPTY_SEARCH: SearchPageState = { q: '', forum: null, tag: null, solved: null, staff: false, sort: 'relevance' };

/** The address of the search page for these words and filters (defaults left out, so links stay short). */
export function searchPath(state: Partial<SearchPageState>): string {
  const search = writeState({ ...EMPTY_SEARCH, ...state }).toString();
  return search ? `/search?${search}` : '/search';
}

/**
 * The search page's words, sort and filters, kept in the address so a search can be shared and Back returns to
 * the previous one. Each change is a history entry. Controls answer at once and the address follows (router
 * navigations run as transitions: a control bound straight to the URL would snap back for a moment); Back and
 * Forward restore the URL's state.
 */
export function useSearchPageState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [state, setState] = useState(() => readState(searchParams));
  const search = searchParams.toString();
  const [seenSearch, setSeenSearch] = useState(search);
  if (search !== seenSearch) {
    setSeenSearch(search);
    setState(readState(searchParams));
  }

  function change(next: Partial<SearchPageState>) {
    const merged = { ...state, ...next };
    setState(merged);
    setSearchParams(writeState(merged));
  }

  const filtered = !!state.forum || !!state.tag || state.solved !== null || state.staff;
  return { state, change, filtered, sort: SORTS[state.sort], filters: toFilters(state) };
}

function readState(params: URLSearchParams): SearchPageState {
  const sort = params.get('sort');
  const solved = params.get('solved');
  return {
    q: params.get('q') ?? '',
    forum: params.get('forum') || null,
    tag: params.get('tag') || null,
    solved: solved === '1' ? true : solved === '0' ? false : null,
    staff: params.get('staff') === '1',
    sort: SORT_OPTIONS.some((o) => o.value === sort) ? (sort as SortKey) : 'relevance',
  };
}

function writeState(state: SearchPageState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.forum) params.set('forum', state.forum);
  if (state.tag) params.set('tag', state.tag);
  if (state.solved !== null) params.set('solved', state.solved ? '1' : '0');
  if (state.staff) params.set('staff', '1');
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Built in a fixed key order, so the same filters always share one cached result. */
function toFilters(state: SearchPageState): SearchFiltersInput | undefined {
  const filters: SearchFiltersInput = {};
  if (state.forum) filters.forum = state.forum;
  if (state.tag) filters.tags = [state.tag];
  if (state.solved !== null) filters.solved = state.solved;
  if (state.staff) filters.hasStaffAnswer = true;
  return Object.keys(filters).length > 0 ? filters : undefined;
}
