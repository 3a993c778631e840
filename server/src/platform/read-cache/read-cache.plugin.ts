import type { ApolloServerPlugin } from '@apollo/server';
import type { GqlContext } from '../graphql/gql-context';
import { requestCacheKey, type ReadCacheService } from './read-cache.service';

/**
 * Reads the content version before a query runs, for the rows its loaders share (shared-rows.ts), and keeps a
 * signed-out reader's answer (see read-cache.middleware.ts). The content version is read before the
 * operation runs: a commit during the run moves the version past the one stored, so the answer is dropped at its
 * next use rather than served stale. Only queries, only whole answers without errors, never one that set a cookie.
 */
export function readCachePlugin(cache: ReadCacheService): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!cache.enabled) return;
      let version: string | undefined;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'query') return;
          version = await cache.version();
          // Every query, signed in or out, shares the rows read at this version (shared-rows.ts).
          contextValue.loaders.shareRowsAt(cache.rowsAt(version));
        },
        async willSendResponse({ response }) {
          // Read again: a resolver may have marked the answer uncacheable while it ran.
          const key = requestCacheKey(contextValue.res);
          if (version === undefined || !key || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || (response.http.status ?? 200) !== 200 || contextValue.res.getHeader('set-cookie')) return;
          cache.set(key, { version, body: `${JSON.stringify(result)}\n` });
        },
      };
    },
  };
}
