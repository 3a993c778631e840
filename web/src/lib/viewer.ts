import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/gql';
import type { ViewerQuery as ViewerQueryResult } from '../gql/graphql';

/**
 * The signed-in account (null when signed out). It lives in lib because the header, the route
 * guard and several features all read it; sign-in and sign-out reset the store so it refetches.
 */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      handle
      email
      roles
      badges
      organization {
        id
        name
        plan
      }
      createdAt
    }
  }
`);

export type Viewer = NonNullable<ViewerQueryResult['me']>;

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return {
    viewer: data?.me ?? null,
    /** True until the first answer (or error) arrives: do not decide "signed out" before then. */
    loading: loading && !data,
    error,
    refetch,
  };
}

/** Staff and admins act for the vendor: they manage forums (the server checks the same roles). */
export function isStaffViewer(viewer: Viewer | null | undefined): boolean {
  return !!viewer && (viewer.roles.includes('STAFF') || viewer.roles.includes('ADMIN'));
}
