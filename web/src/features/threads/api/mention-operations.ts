import { graphql } from '../../../gql/gql';

export const UserSuggestionsQuery = graphql(`
  query UserSuggestions($prefix: String!) {
    userSuggestions(prefix: $prefix, first: 8) {
      id
      handle
      displayName
    }
  }
`);

export const UsersByHandlesQuery = graphql(`
  query UsersByHandles($handles: [String!]!) {
    usersByHandles(handles: $handles) {
      id
      handle
    }
  }
`);
