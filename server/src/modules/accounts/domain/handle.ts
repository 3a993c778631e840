import { slugify } from '@threadline/shared';

/** A @handle derived from a display name: the one slug rule (lowercase ASCII letters, digits and dashes), 2–30 characters. */
export function handleFromDisplayName(displayName: string): string {
  const base = slugify(displayName, 30);
  return base.length >= 2 ? base : `user${base ? `-${base}` : ''}`;
}

/** The n-th alternative when a handle is taken: `ada`, `ada-2`, `ada-3`, ... then random suffixes. */
export function handleCandidate(base: string, attempt: number): string {
  if (attempt === 0) return base;
  const suffix = attempt < 5 ? String(attempt + 1) : Math.floor(1000 + Math.random() * 9000).toString();
  return `${base.slice(0, 39 - suffix.length)}-${suffix}`;
}
