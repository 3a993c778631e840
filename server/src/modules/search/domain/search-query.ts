/** A search query is clipped here: Meilisearch reads only the first ten words anyway, and a page of text is no query. */
export const QUERY_MAX_CHARS = 200;
/** The composer's title and body are clipped too before the similar-threads queries are made from them. */
export const SIMILAR_TITLE_MAX_CHARS = 200;
export const SIMILAR_BODY_MAX_CHARS = 4000;

/** NFC, control characters dropped, whitespace folded, trimmed, clipped to `max` code points (never a split pair). */
export function normalizeQuery(raw: string, max = QUERY_MAX_CHARS): string {
  // Only the start is ever used: never normalize more than a few times what is kept.
  const folded = raw
    .slice(0, max * 4)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes or finds
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(folded);
  return chars.length > max ? chars.slice(0, max).join('').trim() : folded;
}
