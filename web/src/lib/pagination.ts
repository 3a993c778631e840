import type { FieldPolicy, Reference } from '@apollo/client';

interface PageInfoShape {
  endCursor?: string | null;
  hasNextPage?: boolean;
  [key: string]: unknown;
}

interface ConnectionShape {
  edges?: Array<{ node?: Reference; [key: string]: unknown }>;
  nodes?: Reference[];
  pageInfo?: PageInfoShape;
  [key: string]: unknown;
}

/**
 * Cursor connections (`{ edges | nodes, pageInfo }`) read a page at a time: a request with `after`
 * appends its items to the list already cached; a request without it (first load, refetch) replaces it.
 * Works whether a query selects `edges`, `nodes` or both.
 */
export function cursorPagination(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.after) return incoming;
      const idOf = (ref: Reference | undefined) => (ref ? readField<string>('id', ref) : undefined);
      const merged: ConnectionShape = { ...existing, ...incoming };
      if (incoming.nodes) {
        const seen = new Set((existing.nodes ?? []).map(idOf));
        merged.nodes = [...(existing.nodes ?? []), ...incoming.nodes.filter((node) => !seen.has(idOf(node)))];
      }
      if (incoming.edges) {
        const seen = new Set((existing.edges ?? []).map((edge) => idOf(edge.node)));
        merged.edges = [...(existing.edges ?? []), ...incoming.edges.filter((edge) => !seen.has(idOf(edge.node)))];
      }
      // An empty page has no end cursor: keep the last one so the next "Load more" continues from it.
      merged.pageInfo = {
        ...existing.pageInfo,
        ...incoming.pageInfo,
        endCursor: incoming.pageInfo?.endCursor ?? existing.pageInfo?.endCursor ?? null,
      };
      return merged;
    },
  };
}
