import { ConflictError, ForbiddenError } from '../../platform/errors/domain-error';

/** The threads module's stable `extensions.reason` values (docs/architecture.md lists every module's). */
export enum ThreadsErrorReason {
  THREAD_LOCKED = 'THREAD_LOCKED',
  NOT_YOUR_POST = 'NOT_YOUR_POST',
  EDIT_CONFLICT = 'EDIT_CONFLICT',
  THREAD_HIDDEN = 'THREAD_HIDDEN',
}

/** A locked thread takes nothing from its authors (thread-rules.ts); the message says who still may act. */
export class ThreadLockedError extends ForbiddenError {
  constructor(message = 'This thread is locked') {
    super(message, ThreadsErrorReason.THREAD_LOCKED);
  }
}

/** A hidden thread is still shown to its author (with the reason), but only moderators add to it. */
export class ThreadHiddenError extends ForbiddenError {
  constructor() {
    super('This thread is hidden by a moderator; it takes no new replies', ThreadsErrorReason.THREAD_HIDDEN);
  }
}

/** Authors edit and delete only their own posts (a hidden post is nobody's to change but a moderator's). */
export class NotYourPostError extends ForbiddenError {
  constructor(action: 'edit' | 'delete') {
    super(`You can only ${action} your own posts`, ThreadsErrorReason.NOT_YOUR_POST);
  }
}

/** The stored diff is computed against the text read before the edit; another edit landed in between. */
export class EditConflictError extends ConflictError {
  constructor() {
    super('This post was edited meanwhile; reload it and edit again', 'body', ThreadsErrorReason.EDIT_CONFLICT);
  }
}
