import { createContext, useContext } from 'react';
import type { PostFieldsFragment, ThreadPageQuery } from '../../../gql/graphql';
import type { ThreadContextForCache } from '../api/thread-mutations';

export type ThreadPageThread = ThreadPageQuery['thread'];

/** Where a post is shown: the question, a reply in the list, or the accepted answer's copy under the question. */
export type PostVariant = 'question' | 'reply' | 'accepted';

export interface ThreadPageContextValue {
  thread: ThreadPageThread;
  viewerId: string | null;
  /** What mutations need to keep the cache coherent. */
  cacheContext: ThreadContextForCache;
  announce: (message: string) => void;
  /** Puts "> quoted text" and an attribution into the reply composer, replying to that post. */
  quote: (post: PostFieldsFragment, selectedText?: string) => void;
  /** Moves focus to a post in the list (after accepting, deleting, loading more). */
  focusPost: (postNumber: number) => void;
  /** The reply a link just led to (`#post-n`): shown highlighted. */
  highlightedPost?: number;
}

export const ThreadPageContext = createContext<ThreadPageContextValue | null>(null);

export function useThreadPage(): ThreadPageContextValue {
  const value = useContext(ThreadPageContext);
  if (!value) throw new Error('useThreadPage must be used inside the thread page');
  return value;
}
