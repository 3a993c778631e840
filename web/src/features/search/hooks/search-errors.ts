import { errorCodeOf } from '../../../lib/graphql-errors';

/** True for SEARCH_UNAVAILABLE: Meilisearch is away, while reading and posting still work. */
export function isSearchUnavailable(error: unknown): boolean {
  return errorCodeOf(error) === 'SEARCH_UNAVAILABLE';
}
