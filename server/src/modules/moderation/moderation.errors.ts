import { ForbiddenError } from '../../platform/errors/domain-error';

/** The moderation module's stable `extensions.reason` values (docs/architecture.md lists every module's). */
export enum ModerationErrorReason {
  NOT_MODERATOR = 'NOT_MODERATOR',
  NOT_ENTITLED_TO_REDACT = 'NOT_ENTITLED_TO_REDACT',
}

/** Moderation (lock, pin, hide, restore, move, the audit log) is for moderators and admins only. */
export class NotModeratorError extends ForbiddenError {
  constructor(message = 'Only moderators can do that') {
    super(message, ModerationErrorReason.NOT_MODERATOR);
  }
}

/** Redacting an earlier revision is for moderators and staff (domain/moderation-rules.ts). */
export class NotEntitledToRedactError extends ForbiddenError {
  constructor() {
    super('Only moderators and staff can redact a revision', ModerationErrorReason.NOT_ENTITLED_TO_REDACT);
  }
}
