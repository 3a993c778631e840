import { createContext, useContext, type ReactNode } from 'react';

/** The thread a support panel is shown for, as the thread page knows it. */
export interface ThreadSupportSubject {
  id: string;
  title: string;
  authorId: string;
  /** The opening post as written (Markdown), to pre-fill "What happened". */
  openingPostSource: string;
}

/**
 * Renders the support part of a thread page: "Escalated to support", the ticket's SLA line for the asker and staff,
 * and the escalate form. The threads feature owns the page and the tickets feature the panel; features do not import
 * each other (eslint.config.mjs), so the app hands the panel to the page through this context (app/app.tsx), as it
 * does with the composer's helper (composer-assist.tsx).
 */
export type ThreadSupport = (thread: ThreadSupportSubject) => ReactNode;

const ThreadSupportContext = createContext<ThreadSupport | null>(null);

export function ThreadSupportProvider({ render, children }: { render: ThreadSupport; children: ReactNode }) {
  return <ThreadSupportContext.Provider value={render}>{children}</ThreadSupportContext.Provider>;
}

/** The panel's render function; null when the app has none. */
export function useThreadSupport(): ThreadSupport | null {
  return useContext(ThreadSupportContext);
}
