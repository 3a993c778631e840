import type { CSSProperties } from 'react';

interface ForumChipProps {
  forum: { name: string; color?: string | null };
}

/**
 * The forum a thread is in, with its color as a swatch (the name carries the meaning, so the color never has to).
 * Not a link: the forum list beside it links each forum once.
 */
export function ForumChip({ forum }: ForumChipProps) {
  const style = forum.color ? ({ '--forum-color': forum.color } as CSSProperties) : undefined;
  return (
    <span className="forum-chip" style={style}>
      <span className="forum-chip__swatch" aria-hidden="true" />
      <span className="visually-hidden">in </span>
      {forum.name}
    </span>
  );
}
