import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

/** The signed-in account (null when signed out). Shared by the header, the guard and the profile page. */
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
