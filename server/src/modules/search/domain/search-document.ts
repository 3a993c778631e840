/**
 * One thread as the search index holds it: what a person searches (title, the accepted answer, the opening post,
 * other replies), what they filter and sort on, and `visibility`, which the server always filters on (see
 * search-filter.ts). Built from PostgreSQL by the sync worker; hidden threads have no document at all.
 */
export interface ThreadSearchDocument {
  id: string;
  title: string;
  /** The accepted answer's text, '' when none. */
  accepted: string;
  opening: string;
  /** Other visible replies' text: the newest (half the budget), then the most helpful older ones, clipped. */
  replies: string;
  tags: string[];
  forumId: string;
  forumName: string;
  productArea: string | null;
  solved: boolean;
  hasStaffAnswer: boolean;
  replyCount: number;
  /** Milliseconds since the epoch (threads made in the same second still sort). */
  createdAt: number;
  lastActivityAt: number;
  /** `public`, or `group:<id>` for a forum private to one user group. */
  visibility: string;
}

/** Caps on the text one document carries (characters): enough to find a thread, bounded for the index and snippets. */
export const DOCUMENT_TEXT_CAPS = { opening: 6000, accepted: 4000, replies: 8000 } as const;

export const PUBLIC_VISIBILITY = 'public';

export function visibilityOf(groupId: string | null): string {
  return groupId ? `group:${groupId}` : PUBLIC_VISIBILITY;
}

/** The facts one thread's document is built from (one row of SearchDocumentsRepository). */
export interface ThreadIndexFacts {
  id: string;
  title: string;
  tags: string[];
  forumId: string;
  forumName: string;
  productArea: string | null;
  groupId: string | null;
  solved: boolean;
  hasStaffAnswer: boolean;
  replyCount: number;
  createdAt: Date;
  lastActivityAt: Date;
  /** The posts' plain text (posts.body_text, made from the sanitized HTML when the post was rendered). */
  openingText: string;
  acceptedText: string | null;
  /** The newest visible replies' text, newest first (half the replies' budget: a new reply is always searchable). */
  newestRepliesText: string[];
  /** The most helpful older replies' text, most helpful first (the other half). */
  helpfulRepliesText: string[];
}

/** Whitespace folded, and C0 controls dropped (the snippet markers are control characters). */
export function foldText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this removes or finds
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Clips at a word boundary near `max` characters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max * 0.8 ? cut.slice(0, space) : cut;
}

/** Texts joined by new lines, in order, until `max` characters (the last one clipped at a word). */
function joinWithin(texts: readonly string[], max: number): string {
  let out = '';
  for (const raw of texts) {
    if (out.length >= max) break;
    const text = foldText(raw);
    if (text) out += (out ? '\n' : '') + text;
  }
  return clip(out, max);
}

export function buildThreadDocument(f: ThreadIndexFacts): ThreadSearchDocument {
  const half = DOCUMENT_TEXT_CAPS.replies / 2;
  const newest = joinWithin(f.newestRepliesText, half);
  const helpful = joinWithin(f.helpfulRepliesText, DOCUMENT_TEXT_CAPS.replies - newest.length);
  return {
    id: f.id,
    title: foldText(f.title),
    accepted: f.acceptedText ? clip(foldText(f.acceptedText), DOCUMENT_TEXT_CAPS.accepted) : '',
    opening: clip(foldText(f.openingText), DOCUMENT_TEXT_CAPS.opening),
    replies: [newest, helpful].filter(Boolean).join('\n'),
    tags: f.tags,
    forumId: f.forumId,
    forumName: f.forumName,
    productArea: f.productArea,
    solved: f.solved,
    hasStaffAnswer: f.hasStaffAnswer,
    replyCount: f.replyCount,
    createdAt: f.createdAt.getTime(),
    lastActivityAt: f.lastActivityAt.getTime(),
    visibility: visibilityOf(f.groupId),
  };
}
