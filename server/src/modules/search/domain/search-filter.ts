import type { ReadScope } from '../../forums/domain/read-scope';
import { PUBLIC_VISIBILITY, visibilityOf } from './search-document';

/** What a person may narrow a search to (never widen: the visibility part is the server's alone). */
export interface SearchFilters {
  forumId?: string | null;
  tags?: readonly string[] | null;
  solved?: boolean | null;
  hasStaffAnswer?: boolean | null;
}

/**
 * A value as a Meilisearch filter string literal: double-quoted, with `\` and `"` escaped, so quotes, brackets and
 * keywords (OR, AND, NOT, TO, IN) inside a tag or forum value stay part of the value and never change the filter.
 */
export function filterLiteral(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The visibility clause of the read scope (the same rule as canSeeForum): public documents plus those of the
 * viewer's groups; null for staff and admins, who see every forum. Hidden threads are never indexed.
 */
export function visibilityFilter(scope: ReadScope): string | null {
  if (scope.allForums) return null;
  const values = [PUBLIC_VISIBILITY, ...scope.groupIds.map((id) => visibilityOf(id))];
  return `visibility IN [${values.map(filterLiteral).join(', ')}]`;
}

/**
 * The whole filter, as an array Meilisearch ANDs together: the scope's clauses first (the documents' visibility, and
 * the private forums PostgreSQL says the viewer may not see, for an index that lags a forum made private), then each
 * of the person's narrowing clauses on its own. Nothing a caller passes can remove or loosen the first elements.
 */
export function buildSearchFilter(scope: ReadScope, filters: SearchFilters | null | undefined, invisibleForumIds: readonly string[] = []): string[] {
  const parts: string[] = [];
  const visibility = visibilityFilter(scope);
  if (visibility) parts.push(visibility);
  // The same rule from PostgreSQL's side: documents of forums the viewer may not see now, whatever the index says.
  if (invisibleForumIds.length) parts.push(`forumId NOT IN [${invisibleForumIds.map(filterLiteral).join(', ')}]`);
  if (filters?.forumId) parts.push(`forumId = ${filterLiteral(filters.forumId)}`);
  for (const tag of filters?.tags ?? []) parts.push(`tags = ${filterLiteral(tag)}`);
  if (typeof filters?.solved === 'boolean') parts.push(`solved = ${filters.solved}`);
  if (typeof filters?.hasStaffAnswer === 'boolean') parts.push(`hasStaffAnswer = ${filters.hasStaffAnswer}`);
  return parts;
}
