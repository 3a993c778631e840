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
