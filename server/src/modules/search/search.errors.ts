import { DomainError } from '../../platform/errors/domain-error';
import { ErrorCode } from '../../platform/errors/error-code';

/** Meilisearch is away (stopped, unreachable, too slow): reading and posting still work, search says so. */
export class SearchUnavailableError extends DomainError {
  constructor() {
    super(ErrorCode.SEARCH_UNAVAILABLE, 'Search is unavailable right now. Browse the forums, or try again in a minute.');
  }
}
