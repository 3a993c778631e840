import { isModerator, isStaff, type Viewer } from '../../accounts/domain/viewer';

declare const brand: unique symbol;

/**
 * What one viewer may read, built once per request from the Viewer: every read of forums, threads, posts and profile
 * counts takes it, so a read that forgets it does not compile. The same rule answers in TypeScript (`canSee*`) and
 * in SQL (`visibleSql`), so single lookups, lists and counts agree by construction (Discourse's secured(guardian)).
 */
export interface ReadScope {
  readonly userId: string | null;
  /** The user groups whose private forums this viewer sees (their memberships). */
  readonly groupIds: readonly string[];
  /** Staff and admins see every forum, group-private ones included. */
  readonly allForums: boolean;
  /**
   * Moderators and admins see hidden threads and posts; everyone else gets NOT_FOUND, except the author of a hidden
   * thread or post, who still reaches it by its address (marked hidden, with the reason) but does not find it listed.
   */
  readonly hidden: boolean;
  readonly [brand]: true;
}

const scopes = new WeakMap<Viewer, ReadScope>();

/** The scope of a viewer (one object per request, memoized on it). */
export function readScopeOf(viewer: Viewer): ReadScope {
  let scope = scopes.get(viewer);
  if (!scope) {
    scope = Object.freeze({
      userId: viewer.userId,
      groupIds: Object.freeze([...viewer.groupIds]),
      allForums: isStaff(viewer),
      hidden: isModerator(viewer),
    }) as ReadScope;
    scopes.set(viewer, scope);
  }
  return scope;
}

export interface ForumFactsForScope {
  groupId: string | null;
}
export interface HideableFacts {
  hiddenAt: Date | null;
  authorId: string;
}

/** Hidden content stays visible to moderators and to its own author (moderation explains itself, issue 11). */
function seesDespiteHidden(scope: ReadScope, thing: HideableFacts): boolean {
  return thing.hiddenAt === null || scope.hidden || (scope.userId !== null && thing.authorId === scope.userId);
}

/** Public forums are for everyone; a group's private forum for its members, staff and admins. */
export function canSeeForum(scope: ReadScope, forum: ForumFactsForScope): boolean {
  return forum.groupId === null || scope.allForums || scope.groupIds.includes(forum.groupId);
}

/** A thread: its forum visible, and not hidden (unless the scope sees hidden content or the viewer wrote it). */
export function canSeeThread(scope: ReadScope, forum: ForumFactsForScope, thread: HideableFacts): boolean {
  return canSeeForum(scope, forum) && seesDespiteHidden(scope, thread);
}

/** A post: its thread visible, and not hidden itself (unless the scope sees hidden content or the viewer wrote it). */
export function canSeePost(scope: ReadScope, forum: ForumFactsForScope, thread: HideableFacts, post: HideableFacts): boolean {
  return canSeeThread(scope, forum, thread) && seesDespiteHidden(scope, post);
}

/** Table aliases of a query: forums always; threads and posts when the query reads them. */
export interface ScopeAliases {
  /** Leave out only when the caller has already checked the forum (and thread) with this scope. */
  forum?: string;
  thread?: string;
  post?: string;
  /**
   * Also the viewer's own hidden threads and posts (the replies of a thread page, notifications about one's content).
   * Lists of threads, counts and search leave it out: hidden content is reached by its address only.
   */
  ownHidden?: boolean;
}

/**
 * The same rule as SQL for a WHERE clause. Parameters are appended to `params` (numbered after what is there), so
 * it fits any query: `WHERE t.forum_id = $1 AND ${visibleSql(scope, { forum: 'f', thread: 't' }, params)}`.
 */
export function visibleSql(scope: ReadScope, aliases: ScopeAliases, params: unknown[]): string {
  const parts: string[] = [];
  if (!scope.allForums && aliases.forum) {
    params.push([...scope.groupIds]);
    parts.push(`(${aliases.forum}.group_id IS NULL OR ${aliases.forum}.group_id = ANY ($${params.length}::uuid[]))`);
  }
  if (!scope.hidden) {
    let own: string | null = null;
    if (aliases.ownHidden && scope.userId && (aliases.thread || aliases.post)) {
      params.push(scope.userId);
      own = `$${params.length}::uuid`;
    }
    const unhidden = (alias: string) => (own ? `(${alias}.hidden_at IS NULL OR ${alias}.author_id = ${own})` : `${alias}.hidden_at IS NULL`);
    if (aliases.thread) parts.push(unhidden(aliases.thread));
    if (aliases.post) parts.push(unhidden(aliases.post));
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

export interface GroupFactsForScope {
  id: string;
  visibility: 'LISTED' | 'HIDDEN';
}

/**
 * A listed group is in the directory for everyone; a hidden one exists only for its members, the people holding a
 * pending invitation to it (`invited`: not expired), staff and admins. Everyone else gets NOT_FOUND.
 */
export function canSeeGroup(scope: ReadScope, group: GroupFactsForScope, invited: boolean): boolean {
  return group.visibility === 'LISTED' || scope.allForums || scope.groupIds.includes(group.id) || invited;
}

/** canSeeGroup as SQL on a `user_groups` alias (the invitation is looked up for the scope's user). */
export function visibleGroupSql(scope: ReadScope, alias: string, params: unknown[]): string {
  if (scope.allForums) return 'TRUE';
  params.push([...scope.groupIds]);
  const parts = [`${alias}.visibility = 'LISTED'`, `${alias}.id = ANY ($${params.length}::uuid[])`];
  if (scope.userId) {
    params.push(scope.userId);
    parts.push(
      `EXISTS (SELECT 1 FROM group_invitations gi WHERE gi.group_id = ${alias}.id AND gi.user_id = $${params.length} AND gi.status = 'PENDING' AND gi.expires_at > now())`,
    );
  }
  return `(${parts.join(' OR ')})`;
}

/**
 * Whether the user in `userIdSql` (another person than the viewer: a mentioned user) may see the forum `forumAlias`:
 * the same rule as canSeeForum, for someone whose scope was not built. Staff and admins see every forum.
 */
export function userSeesForumSql(userIdSql: string, forumAlias: string): string {
  return `(${forumAlias}.group_id IS NULL
    OR EXISTS (SELECT 1 FROM users su WHERE su.id = ${userIdSql} AND su.roles && ARRAY['STAFF', 'ADMIN']::text[])
    OR EXISTS (SELECT 1 FROM group_memberships sm WHERE sm.group_id = ${forumAlias}.group_id AND sm.user_id = ${userIdSql}))`;
}

/**
 * Whether the user in `userIdSql` (another person than the viewer: someone to notify) may see the post `postAlias` of
 * thread `threadAlias` in forum `forumAlias`: its forum (userSeesForumSql), and the thread and the post not hidden
 * unless the user moderates or is the hidden thing's author (who sees their own hidden content with its reason).
 */
export function userSeesPostSql(userIdSql: string, aliases: { forum: string; thread: string; post: string }): string {
  const moderates = `EXISTS (SELECT 1 FROM users mu WHERE mu.id = ${userIdSql} AND mu.roles && ARRAY['MODERATOR', 'ADMIN']::text[])`;
  return `(${userSeesForumSql(userIdSql, aliases.forum)}
    AND (${aliases.thread}.hidden_at IS NULL OR ${aliases.thread}.author_id = ${userIdSql} OR ${moderates})
    AND (${aliases.post}.hidden_at IS NULL OR ${aliases.post}.author_id = ${userIdSql} OR ${moderates}))`;
}
