import { Link } from 'react-router';

interface TagListProps {
  tags: readonly string[];
  /** Tags as links (e.g. to a filtered thread list). */
  hrefFor?: (tag: string) => string;
  /** Tags as buttons that filter the current list. */
  onSelect?: (tag: string) => void;
  /** The tag currently filtered by, shown pressed. */
  selected?: string | null;
  label?: string;
}

/** Thread tags as chips: plain, linked, or as filter buttons. */
export function TagList({ tags, hrefFor, onSelect, selected, label = 'Tagged' }: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          {onSelect ? (
            <button
              type="button"
              className="tag tag--button"
              aria-pressed={selected === tag}
              title={`Show threads tagged ${tag}`}
              onClick={() => onSelect(tag)}
            >
              {tag}
            </button>
          ) : hrefFor ? (
            <Link className="tag tag--link" to={hrefFor(tag)} title={`Threads tagged ${tag}`}>
              {tag}
            </Link>
          ) : (
            <span className="tag">{tag}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
