import { useCallback, useState } from 'react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { plainTextOf } from '../../../lib/html-text';

/** The reply being written on the thread page: its text, the post it answers, and quoting a post into it. */
export function useReplyDraft() {
  const [body, setBody] = useState('');
  const [replyTo, setReplyTo] = useState<PostFieldsFragment | null>(null);
  // The composer takes focus after each quote.
  const [quoteCount, setQuoteCount] = useState(0);

  /** Puts "> quoted text" and an attribution into the draft, replying to that post. */
  const quote = useCallback((post: PostFieldsFragment, selectedText?: string) => {
    const source = selectedText || (post.bodyFormat === 'markdown' ? post.bodySource : plainTextOf(post.bodyHtml, 5000));
    const quoted = source
      .trim()
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
    const block = `@${post.author.handle} wrote:\n${quoted}\n\n`;
    setBody((current) => (current.trim() ? `${current.trimEnd()}\n\n${block}` : block));
    setReplyTo(post);
    setQuoteCount((n) => n + 1);
  }, []);

  const clear = useCallback(() => {
    setBody('');
    setReplyTo(null);
  }, []);

  return { body, setBody, replyTo, clearReplyTo: () => setReplyTo(null), quote, quoteCount, clear };
}

export type ReplyDraft = ReturnType<typeof useReplyDraft>;
