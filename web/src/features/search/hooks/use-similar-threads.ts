import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ComposerDraft } from '../../../lib/composer-assist';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { SimilarThreadsQuery } from '../api/search-operations';

/** Suggestions start once the title has this many words (fewer match too much to help). */
export const MIN_TITLE_WORDS = 3;
/** The body asks again after about this many more words (not on every key). */
const BODY_WORDS_STEP = 10;
/** Writing pauses this long before a request. */
const SIMILAR_DEBOUNCE_MS = 400;

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * Existing threads like the one being written ("search before you post"): asked for once the title has three
 * words, after a pause, and again when the title changes or the body has grown by about ten words.
 */
export function useSimilarThreads(draft: ComposerDraft) {
  const title = wordsOf(draft.title).join(' ');
  const eligible = wordsOf(draft.title).length >= MIN_TITLE_WORDS;
  const bodyStep = Math.floor(wordsOf(draft.body).length / BODY_WORDS_STEP);

  // The body is sent as it was when the title or its ten-word step last changed: typing within a step asks nothing.
  const key = eligible ? `${title}\u0000${bodyStep}` : '';
  const [request, setRequest] = useState({ key, title, body: draft.body });
  if (request.key !== key) setRequest({ key, title, body: draft.body });
  const debounced = useDebouncedValue(request, SIMILAR_DEBOUNCE_MS);

  const { data, previousData, error } = useQuery(SimilarThreadsQuery, {
    variables: { title: debounced.title, body: debounced.body.trim() || null, forum: draft.forumId },
    skip: !debounced.key || !request.key,
  });
  const suggestions = request.key ? ((data ?? previousData)?.similarThreads ?? []) : [];
  return { suggestions, failed: !!error };
}
