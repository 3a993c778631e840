import { escapeUTF8 } from 'entities';

/**
 * Highlight markers asked of Meilisearch: control characters no post text holds (htmlToText folds whitespace and the
 * sanitizer keeps no C0 controls), so they can be found again after escaping.
 */
export const HIGHLIGHT_PRE = '\u0002';
export const HIGHLIGHT_POST = '\u0003';

/**
 * Meilisearch's highlighted or cropped text as safe HTML: everything escaped, then only our markers turned into
 * `<mark>`. Whatever the indexed text holds (a post quoting `<script>`), the result has no other element.
 */
export function highlightedHtml(formatted: string): string {
  let open = false;
  let out = '';
  // eslint-disable-next-line no-control-regex -- control characters are what this removes or finds
  for (const piece of escapeUTF8(formatted).split(/([\u0002\u0003])/)) {
    if (piece === HIGHLIGHT_PRE) {
      if (!open) out += '<mark>';
      open = true;
    } else if (piece === HIGHLIGHT_POST) {
      if (open) out += '</mark>';
      open = false;
    } else {
      // eslint-disable-next-line no-control-regex -- control characters are what this removes or finds
      out += piece.replace(/[\u0000-\u0008\u000b-\u001f]/g, '');
    }
  }
  return open ? `${out}</mark>` : out;
}

/** Whether Meilisearch marked a match in this text. */
export function hasHighlight(formatted: string | undefined): boolean {
  return !!formatted && formatted.includes(HIGHLIGHT_PRE);
}

/**
 * Which text a hit's snippet comes from: the first of accepted answer, opening post, replies that holds a match,
 * else the opening post (so an empty query still shows what the thread is about).
 */
export function pickSnippet(formatted: { accepted?: string; opening?: string; replies?: string }): {
  source: 'accepted' | 'opening' | 'replies';
  text: string;
} {
  for (const source of ['accepted', 'opening', 'replies'] as const) {
    if (hasHighlight(formatted[source])) return { source, text: formatted[source]! };
  }
  return { source: 'opening', text: formatted.opening ?? '' };
}
