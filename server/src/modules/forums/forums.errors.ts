import { ConflictError, ForbiddenError } from '../../platform/errors/domain-error';

/** The forums module's stable `extensions.reason` values (docs/architecture.md lists every module's). */
export enum ForumsErrorReason {
  FORUM_ARCHIVED = 'FORUM_ARCHIVED',
  NOT_FORUM_MANAGER = 'NOT_FORUM_MANAGER',
  FORUM_SLUG_TAKEN = 'FORUM_SLUG_TAKEN',
}

/** An archived forum is read-only for everyone (domain/forum-rules.ts); threads, posts and answers refuse with this. */
export class ForumArchivedError extends ForbiddenError {
  constructor() {
    super('This forum is archived (read-only)', ForumsErrorReason.FORUM_ARCHIVED);
  }
}

export class NotForumManagerError extends ForbiddenError {
  constructor() {
    super('Only staff manage forums', ForumsErrorReason.NOT_FORUM_MANAGER);
  }
}

export class ForumSlugTakenError extends ConflictError {
  constructor() {
    super('A forum with this slug exists', 'slug', ForumsErrorReason.FORUM_SLUG_TAKEN);
  }
}
