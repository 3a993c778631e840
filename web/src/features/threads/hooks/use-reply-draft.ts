import { useCallback, useState } from 'react';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { plainTextOf } from '../../../lib/html-text';
import { useStoredDraft } from '../../../lib/stored-draft';

interface StoredReply {
  body: string;
  replyTo: PostFieldsFragment | null;
}

const EMPTY: StoredReply = { body: '', replyTo: null };
const isStoredReply = (value: unknown): value is StoredReply =>
  typeof value === 'object' && value !== null && typeof (value as StoredReply).body === 'string' && typeof (value as StoredReply).replyTo === 'object';
const isEmpty = (value: StoredReply) => !value.body.trim();

/** Where a thread's reply draft is stored (one per thread, in this browser). */
export const replyDraftKey = (threadId: string) => `reply:${threadId}`;

/**
 * The reply being written on the thread page: its text, the post it answers, and quoting a post into it. Kept in
 * this browser per thread, so it survives navigation, reloads and signing in again; cleared once posted.
 */
export function useReplyDraft(threadId: string) {
  const { value, setValue, clear } = useStoredDraft(replyDraftKey(threadId), EMPTY, isStoredReply, isEmpty);
  // The composer takes focus after each quote, and when asked to (skip link, shortcut).
  const [quoteCount, setQuoteCount] = useState(0);

  const setBody = useCallback((body: string) => setValue((current) => ({ ...current, body })), [setValue]);

  /** Puts "> quoted text" and an attribution into the draft, replying to that post. */
  const quote = useCallback(
    (post: PostFieldsFragment, selectedText?: string) => {
      const source = selectedText || (post.bodyFormat === 'markdown' ? post.bodySource : plainTextOf(post.bodyHtml, 5000));
      const quoted = source
        .trim()
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
      const block = `@${post.author.handle} wrote:\n${quoted}\n\n`;
      setValue((current) => ({ body: current.body.trim() ? `${current.body.trimEnd()}\n\n${block}` : block, replyTo: post }));
      setQuoteCount((n) => n + 1);
    },
    [setValue],
  );

  return {
    body: value.body,
    setBody,
    replyTo: value.replyTo,
    clearReplyTo: () => setValue((current) => ({ ...current, replyTo: null })),
    quote,
    quoteCount,
    /** Moves focus to the reply box, caret at the end (the skip link and the R shortcut). */
    focusComposer: () => setQuoteCount((n) => n + 1),
    clear,
  };
}

export type ReplyDraft = ReturnType<typeof useReplyDraft>;
