import './search.css';
import { useQuery } from '@apollo/client/react';
import { useId, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { LiveRegion } from '../../../components/ui/live-region';
import { describeError } from '../../../lib/graphql-errors';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { InstantSearchQuery } from '../api/search-operations';
import { isSearchUnavailable } from '../hooks/search-errors';
import { searchPath } from '../hooks/use-search-page-state';
import { Highlighted, HitBadges } from './hit-parts';

/** Typing pauses this long before a request: one per pause, not one per key. */
const INSTANT_DEBOUNCE_MS = 200;

/**
 * The header's search box: instant results in a listbox popup as you type (the ARIA 1.2 combobox pattern: focus
 * stays in the input, aria-activedescendant names the highlighted option). ArrowDown / ArrowUp move, Enter opens
 * the highlighted thread (or, with none highlighted, the search page), Escape closes.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const query = text.trim();
  const debounced = useDebouncedValue(query, INSTANT_DEBOUNCE_MS);
  const { data, previousData, loading, error } = useQuery(InstantSearchQuery, { variables: { query: debounced }, skip: !debounced });
  const results = (data ?? previousData)?.search;
  const hits = query && results ? results.hits : [];
  // The last option is "See all results".
  const optionCount = query ? hits.length + 1 : 0;
  const expanded = open && query.length > 0;

  // New results: nothing is highlighted until the person moves there.
  const resultsKey = results ? `${results.query}|${results.hits.map((hit) => hit.thread.id).join(',')}` : '';
  const [seenResultsKey, setSeenResultsKey] = useState(resultsKey);
  if (resultsKey !== seenResultsKey) {
    setSeenResultsKey(resultsKey);
    setActive(-1);
  }

  function go(path: string) {
    setOpen(false);
    setActive(-1);
    setText('');
    void navigate(path);
  }

  function openOption(index: number) {
    if (index < hits.length) go(`/t/${hits[index].thread.id}`);
    else go(searchPath({ q: query }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(searchPath({ q: query }));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (optionCount === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        // From the input, ArrowDown goes to the first option and ArrowUp to the last; both wrap around.
        setActive((current) => (current < 0 ? (step === 1 ? 0 : optionCount - 1) : (current + step + optionCount) % optionCount));
        return;
      }
      case 'Enter':
        // Results of earlier words (shown while the new ones load) are never opened: the search page is.
        if (expanded && active >= 0 && active < optionCount && results?.query === query.replace(/\s+/g, ' ')) {
          event.preventDefault();
          openOption(active);
        }
        // Otherwise the form submits: the search page for these words.
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          setText('');
        }
        return;
    }
  }

  function handleBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      setOpen(false);
      setActive(-1);
    }
  }

  const waitingForFirst = !!query && (query !== debounced || loading) && hits.length === 0;
  let status: string | null = null;
  if (error) status = isSearchUnavailable(error) ? 'Search is unavailable right now. Browse the forums meanwhile.' : describeError(error);
  else if (waitingForFirst) status = 'Searching…';
  else if (query && results && hits.length === 0) status = `No threads match “${query}”.`;
  // Screen readers hear the count when results arrive, and the reason when search fails.
  let announcement = '';
  if (expanded && error) announcement = status ?? '';
  else if (expanded && results && !loading) announcement = `${hits.length === 0 ? 'No' : hits.length} ${hits.length === 1 ? 'result' : 'results'}`;

  return (
    <form role="search" aria-label="Search threads" className="header-search" onSubmit={handleSubmit} onBlur={handleBlur}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search threads
      </label>
      <input
        id={`${id}-input`}
        className="input header-search__input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search threads"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={handleKeyDown}
      />
      <LiveRegion message={announcement} />
      <div className="header-search__popup" hidden={!expanded}>
        {status && <p className="header-search__status">{status}</p>}
        <ul id={listId} role="listbox" aria-label="Instant results" className="header-search__options">
          {hits.map((hit, index) => (
            <li
              key={hit.thread.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="header-search__option"
              // Keeps focus (and the popup) in the input while the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => openOption(index)}
            >
              <span className="header-search__title">
                <Highlighted html={hit.titleHtml} />
              </span>
              <span className="header-search__meta">
                <HitBadges thread={hit.thread} />
                <span className="header-search__forum">{hit.thread.forum.name}</span>
              </span>
            </li>
          ))}
          {query && (
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={active === hits.length}
              className="header-search__option header-search__option--all"
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(hits.length)}
              onClick={() => openOption(hits.length)}
            >
              See all results for “{query}”
            </li>
          )}
        </ul>
      </div>
    </form>
  );
}
