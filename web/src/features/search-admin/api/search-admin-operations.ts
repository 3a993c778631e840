import { graphql } from '../../../gql/gql';

export const SearchIndexStatusQuery = graphql(`
  query SearchIndexStatus {
    searchIndexStatus {
      available
      pendingEvents
      lagSeconds
      appliedLagP95Ms
      lastAppliedAt
      documents
      lastError
    }
  }
`);

export const SearchSettingsQuery = graphql(`
  query SearchSettings {
    searchSettings {
      synonyms {
        word
        synonyms
      }
      stopWords
      updatedAt
      applied
    }
  }
`);

export const UpdateSearchSettingsMutation = graphql(`
  mutation UpdateSearchSettings($input: SearchSettingsInput!) {
    updateSearchSettings(input: $input) {
      synonyms {
        word
        synonyms
      }
      stopWords
      updatedAt
      applied
    }
  }
`);
