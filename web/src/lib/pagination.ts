import type { FieldPolicy, Reference } from '@apollo/client';
import type { FieldFunctionOptions } from '@apollo/client/cache';

type ReadFieldFunction = FieldFunctionOptions['readField'];

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
 * appends its items to the list already cached, one with `before` ("load earlier") puts them in front; a request
 * with neither (first load, refetch, a page around a deep-linked reply) replaces it.
 * Works whether a query selects `edges`, `nodes` or both.
 */
export function cursorPagination(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (existing && args?.before) return prepend(existing, incoming, readField);
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

/** An earlier page in front of the list: the start moves back, the end stays where it was. */
function prepend(existing: ConnectionShape, incoming: ConnectionShape, readField: ReadFieldFunction): ConnectionShape {
  const idOf = (ref: Reference | undefined) => (ref ? readField<string>('id', ref) : undefined);
  const merged: ConnectionShape = { ...existing, ...incoming };
  if (incoming.nodes) {
    const seen = new Set((existing.nodes ?? []).map(idOf));
    merged.nodes = [...incoming.nodes.filter((node) => !seen.has(idOf(node))), ...(existing.nodes ?? [])];
  }
  if (incoming.edges) {
    const seen = new Set((existing.edges ?? []).map((edge) => idOf(edge.node)));
    merged.edges = [...incoming.edges.filter((edge) => !seen.has(idOf(edge.node))), ...(existing.edges ?? [])];
  }
  merged.pageInfo = {
    ...existing.pageInfo,
    hasPreviousPage: incoming.pageInfo?.hasPreviousPage,
    startCursor: incoming.pageInfo?.startCursor ?? existing.pageInfo?.startCursor ?? null,
  };
  return merged;
}

interface HitsShape {
  hits?: Array<{ thread?: Reference; [key: string]: unknown }>;
  pageInfo?: PageInfoShape;
  [key: string]: unknown;
}

/**
 * Search results (`{ hits, pageInfo }`, hits without ids of their own) read a page at a time: a request with
 * `after` appends its hits (a thread already listed is not listed twice); one without it replaces the list.
 */
export function hitsPagination(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<HitsShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set((existing.hits ?? []).map((hit) => hit.thread?.__ref));
      return {
        ...existing,
        ...incoming,
        hits: [...(existing.hits ?? []), ...(incoming.hits ?? []).filter((hit) => !seen.has(hit.thread?.__ref))],
        // The facets and the estimate describe the whole search: the first page's are as good as any.
        facets: existing.facets ?? incoming.facets,
      };
    },
  };
}
