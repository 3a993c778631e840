import { Badge } from '../../../components/ui/badge';
import type { SnippetSource } from '../../../gql/graphql';

interface HighlightedProps {
  /** `titleHtml` or `snippetHtml` of a SearchHit. */
  html: string;
  className?: string;
}

/**
 * A hit's title or snippet with the matched words marked. The server builds this HTML itself (search module):
 * every character of the thread's text is escaped and the only elements are its own <mark>s, so it is safe to
 * insert as is; never pass anything else here.
 */
export function Highlighted({ html, className }: HighlightedProps) {
  return <span className={['highlighted', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Solved and staff-answer badges, in the words thread lists use. */
export function HitBadges({ thread }: { thread: { isSolved: boolean; hasStaffAnswer: boolean } }) {
  if (!thread.isSolved && !thread.hasStaffAnswer) return null;
  return (
    <span className="search-badges">
      {thread.isSolved && <Badge tone="success">Solved</Badge>}
      {thread.hasStaffAnswer && <Badge tone="info">Staff replied</Badge>}
    </span>
  );
}

const SNIPPET_SOURCES: Record<SnippetSource, string> = {
  ACCEPTED_ANSWER: 'From the accepted answer',
  OPENING_POST: 'From the question',
  REPLY: 'From a reply',
};

export function snippetSourceLabel(source: SnippetSource): string {
  return SNIPPET_SOURCES[source];
}
