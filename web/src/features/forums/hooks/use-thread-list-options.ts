import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ThreadFilterInput, ThreadSort } from '../../../gql/graphql';
import { SORT_OPTIONS, type SolvedKey, type SortKey, type ThreadListOptions } from '../components/thread-filters';

const SORTS: Record<SortKey, ThreadSort> = {
  latest: 'LATEST_ACTIVITY',
  newest: 'NEWEST',
  helpful: 'MOST_HELPFUL',
  unanswered: 'UNANSWERED',
};

export const NO_FILTERS: ThreadListOptions = { sort: 'latest', solved: 'all', staffAnswered: false, tag: null };

/**
 * A forum's sort and filters, kept in the address (`?sort=newest&show=solved&staff=1&tag=sso`). Controls answer
 * at once; the address follows (router navigations run as transitions, so a control bound straight to the URL
 * would snap back for a moment). Back and forward still restore the URL's state.
 */
export function useThreadListOptions() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [options, setOptions] = useState(() => readOptions(searchParams));
  const search = searchParams.toString();
  const [seenSearch, setSeenSearch] = useState(search);
  if (search !== seenSearch) {
    setSeenSearch(search);
    setOptions(readOptions(searchParams));
  }

  function change(next: Partial<ThreadListOptions>) {
    const merged = { ...options, ...next };
    setOptions(merged);
    setSearchParams(writeOptions(merged), { replace: true });
  }

  const filtered = options.solved !== 'all' || options.staffAnswered || !!options.tag || options.sort === 'unanswered';
  return { options, change, filtered, sort: SORTS[options.sort], filter: toFilter(options) };
}

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
