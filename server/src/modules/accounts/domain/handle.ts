/** A @handle derived from a display name: lowercase ASCII letters, digits and dashes, 2–30 characters. */
export function handleFromDisplayName(displayName: string): string {
  const base = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/g, '');
  return base.length >= 2 ? base : `user${base ? `-${base}` : ''}`;
}

/** The n-th alternative when a handle is taken: `ada`, `ada-2`, `ada-3`, ... then random suffixes. */
export function handleCandidate(base: string, attempt: number): string {
  if (attempt === 0) return base;
  const suffix = attempt < 5 ? String(attempt + 1) : Math.floor(1000 + Math.random() * 9000).toString();
  return `${base.slice(0, 39 - suffix.length)}-${suffix}`;
}
