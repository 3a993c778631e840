import type { CSSProperties } from 'react';
import { Link } from 'react-router';

interface ForumChipProps {
  forum: { slug: string; name: string; color?: string | null };
}

/** The forum a thread is in, with its color as a swatch (the name carries the meaning, so the color never has to). */
export function ForumChip({ forum }: ForumChipProps) {
  const style = forum.color ? ({ '--forum-color': forum.color } as CSSProperties) : undefined;
  return (
    <Link to={`/f/${forum.slug}`} className={forum.color ? 'forum-chip forum-chip--colored' : 'forum-chip'} style={style}>
      <span className="forum-chip__swatch" aria-hidden="true" />
      {forum.name}
    </Link>
  );
}
