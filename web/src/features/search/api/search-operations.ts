import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { ComposerEventKind } from '../../../gql/graphql';

/** One hit as every search surface shows it: the server's highlighted title and snippet, and the thread's badges. */
export const SearchHitFields = graphql(`
  fragment SearchHitFields on SearchHit {
    titleHtml
    snippetHtml
    snippetSource
    thread {
      id
      title
      isSolved
      hasStaffAnswer
      replyCount
      tags
      lastActivityAt
      forum {
        id
        name
        slug
      }
    }
  }
`);

/** The header box's instant results: a handful of titles, no facets and no snippets (the server then skips both). */
export const InstantSearchQuery = graphql(`
  query InstantSearch($query: String!) {
    search(query: $query, first: 6) {
      query
      hits {
        titleHtml
        thread {
          id
          title
          isSolved
          hasStaffAnswer
          forum {
            id
            name
            slug
          }
        }
      }
    }
  }
`);

export const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $filters: SearchFiltersInput, $sort: SearchSort!, $after: String) {
    search(query: $query, filters: $filters, sort: $sort, first: 20, after: $after) {
      query
      hits {
        ...SearchHitFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      estimatedTotal
      processingTimeMs
      facets {
        forums {
          forum {
            id
            name
            slug
          }
          count
        }
        tags {
          tag
          count
        }
        solved
        unsolved
      }
    }
  }
`);

/** Where to ask when nothing matched: the forums the viewer can read (posting is checked on the new-thread page). */
export const AskForumsQuery = graphql(`
  query SearchAskForums {
    forums {
      id
      slug
      name
    }
  }
`);

export const SimilarThreadsQuery = graphql(`
  query SimilarThreads($title: String!, $body: String, $forum: ID) {
    similarThreads(title: $title, body: $body, forum: $forum, first: 5) {
      ...SearchHitFields
    }
  }
`);

export const RecordComposerEventMutation = graphql(`
  mutation RecordComposerEvent($input: ComposerEventInput!) {
    recordComposerEvent(input: $input)
  }
`);

export interface ComposerEvent {
  sessionId: string;
  kind: ComposerEventKind;
  forumId: string;
  threadIds: string[];
}

/**
 * Records what the composer's suggestions did, fire-and-forget: measuring deflection must never block or break
 * writing a thread, so a failure is dropped.
 */
export function useRecordComposerEvent() {
  const [mutate] = useMutation(RecordComposerEventMutation);
  return useCallback(
    (event: ComposerEvent) => {
      void mutate({ variables: { input: event } }).catch(() => undefined);
    },
    [mutate],
  );
}
