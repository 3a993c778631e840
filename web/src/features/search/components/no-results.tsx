import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { AskForumsQuery } from '../api/search-operations';

interface NoResultsProps {
  query: string;
  filtered: boolean;
  /** The forum the search was narrowed to, if any: asking there comes first. */
  forumId: string | null;
  onClearFilters: () => void;
}

/** Nothing matched: what to do next — search wider, browse, or ask (the new-thread form starts with these words). */
export function NoResults({ query, filtered, forumId, onClearFilters }: NoResultsProps) {
  const { data } = useQuery(AskForumsQuery);
  const forums = data?.forums ?? [];
  const askIn = forumId ? forums.filter((forum) => forum.id === forumId) : forums;
  const askPath = (slug: string) => `/f/${slug}/new?${new URLSearchParams({ title: query }).toString()}`;

  return (
    <div className="empty-state search-empty">
      <h3>
        No threads match “{query}”{filtered && ' with these filters'}
      </h3>
      <p className="muted">Try fewer or different words, or:</p>
      <ul className="search-empty__next">
        {filtered && (
          <li>
            <Button variant="secondary" size="small" onClick={onClearFilters}>
              Remove the filters
            </Button>{' '}
            and search every forum
          </li>
        )}
        <li>
          <Link to="/">Browse the forums</Link>: someone may have asked it in other words
        </li>
        {askIn.length > 0 && (
          <li>
            Ask the question:{' '}
            <ul className="search-empty__forums" aria-label="Ask in a forum">
              {askIn.map((forum) => (
                <li key={forum.id}>
                  <Link to={askPath(forum.slug)}>Ask in {forum.name}</Link>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </div>
  );
}
