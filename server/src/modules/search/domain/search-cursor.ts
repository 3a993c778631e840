/**
 * Search pages by offset (Meilisearch ranks, so there is no keyset); the cursor is the offset of the next hit, opaque
 * to clients. A doctored cursor is refused, never read as 0, and offsets stop at MAX_SEARCH_OFFSET: Meilisearch ranks
 * at most that many hits for one query, and a person who has not found it in 1,000 hits needs other words.
 */
export const MAX_SEARCH_OFFSET = 1000;

export function encodeSearchCursor(offset: number): string {
  return Buffer.from(`s:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor names, or null when it is not one of ours. */
export function decodeSearchCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,16}$/.test(cursor)) return null;
  const m = /^s:(\d{1,4})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) return null;
  const offset = Number(m[1]);
  return offset >= 1 && offset <= MAX_SEARCH_OFFSET ? offset : null;
}
