import type { ApolloCache } from '@apollo/client';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

/**
 * What a write in one feature changed in data that another feature shows: the forum list and a forum's thread
 * lists (forums), people's post counts and recent posts (profile), a thread page (threads). Features do not import each other
 * (eslint.config.mjs), so the feature that owns the data exposes how its cache reacts, and the app wires
 * those reactions in with `DataChangesProvider` (app/data-changes.ts).
 */
export interface DataChange {
  /** Forums whose counts, last activity or thread lists changed (the forum list changes with them). */
  forumIds?: ReadonlyArray<string | undefined>;
  /** People whose post count, accepted answers or recent posts changed. */
  userIds?: ReadonlyArray<string | undefined>;
  /** Threads whose posts or accepted answer changed from another feature (a ticket's resolution posted to its thread). */
  threadIds?: ReadonlyArray<string | undefined>;
}

export type CacheReaction = (cache: ApolloCache, change: DataChange) => void;

const DataChangesContext = createContext<CacheReaction | null>(null);

export function DataChangesProvider({ reaction, children }: { reaction: CacheReaction; children: ReactNode }) {
  return <DataChangesContext.Provider value={reaction}>{children}</DataChangesContext.Provider>;
}

/**
 * For a mutation's `update`: the owners of the changed data drop what is now stale from the cache (it is
 * fetched again when next shown), then unreachable objects are collected.
 */
export function useDataChanged(): (cache: ApolloCache, change: DataChange) => void {
  const reaction = useContext(DataChangesContext);
  if (!reaction) throw new Error('useDataChanged needs a DataChangesProvider (app/app.tsx)');
  return useCallback(
    (cache: ApolloCache, change: DataChange) => {
      reaction(cache, change);
      cache.gc();
    },
    [reaction],
  );
}
