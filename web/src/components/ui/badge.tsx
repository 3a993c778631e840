import type { ReactNode } from 'react';

export type BadgeTone = 'success' | 'warning' | 'info' | 'neutral' | 'danger';

interface BadgeProps {
  tone: BadgeTone;
  children: ReactNode;
  className?: string;
}

/** A short status label (Solved, Locked, Pinned, Hidden, Archived). Colour is never the only signal: the text says it. */
export function Badge({ tone, children, className }: BadgeProps) {
  return <span className={['badge', `badge--${tone}`, className].filter(Boolean).join(' ')}>{children}</span>;
}
