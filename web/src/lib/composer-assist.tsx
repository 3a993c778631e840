import { createContext, useContext, type ReactNode } from 'react';

/** The thread being written, as the composer's helpers see it. */
export interface ComposerDraft {
  title: string;
  body: string;
  forumId: string;
}

/** The composer says when its thread is posted; its helper listens (subscribing in an effect). */
export interface ComposerPostedSignal {
  listen: (listener: (threadId: string) => void) => () => void;
  notify: (threadId: string) => void;
}

export function createPostedSignal(): ComposerPostedSignal {
  const listeners = new Set<(threadId: string) => void>();
  return {
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify(threadId) {
      for (const listener of listeners) listener(threadId);
    },
  };
}

export interface ComposerAssistProps {
  draft: ComposerDraft;
  /** An existing thread answered the question: the composer drops the draft and the page goes to that thread. */
  onResolved: (threadId: string) => void;
  posted: ComposerPostedSignal;
}

/**
 * Renders a panel beside the new-thread form ("Search before you post"). The threads feature owns the form and the
 * search feature the suggestions; features do not import each other (eslint.config.mjs), so the app hands the panel
 * to the form through this context (app/app.tsx), as it does with data changes. A render function, not a component
 * type: the panel's component stays one static type, so its state survives the form's renders.
 */
export type ComposerAssist = (props: ComposerAssistProps) => ReactNode;

const ComposerAssistContext = createContext<ComposerAssist | null>(null);

export function ComposerAssistProvider({ assist, children }: { assist: ComposerAssist; children: ReactNode }) {
  return <ComposerAssistContext.Provider value={assist}>{children}</ComposerAssistContext.Provider>;
}

/** Renders the panel beside the composer; null when the app has none. */
export function useComposerAssist(): ComposerAssist | null {
  return useContext(ComposerAssistContext);
}
