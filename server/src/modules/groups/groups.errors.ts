import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';

/** The groups module's stable `extensions.reason` values (docs/architecture.md lists every module's). */
export enum GroupsErrorReason {
  NOT_GROUP_MANAGER = 'NOT_GROUP_MANAGER',
  NOT_GROUP_CREATOR = 'NOT_GROUP_CREATOR',
  GROUP_INVITE_ONLY = 'GROUP_INVITE_ONLY',
  GROUP_REQUEST_REQUIRED = 'GROUP_REQUEST_REQUIRED',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  GROUP_NAME_TAKEN = 'GROUP_NAME_TAKEN',
}

/** Hidden groups do not exist for outsiders: the same answer as a group that does not exist. */
export class GroupNotFoundError extends NotFoundError {
  constructor() {
    super('Group');
  }
}
export class GroupManagersOnlyError extends ForbiddenError {
  constructor() {
    super("Only the group's owners, staff and admins can do that", GroupsErrorReason.NOT_GROUP_MANAGER);
  }
}
export class GroupCreatorsOnlyError extends ForbiddenError {
  constructor() {
    super('Only staff and admins create groups', GroupsErrorReason.NOT_GROUP_CREATOR);
  }
}
export class InviteOnlyGroupError extends ForbiddenError {
  constructor() {
    super('This group is by invitation only: ask an owner to invite you', GroupsErrorReason.GROUP_INVITE_ONLY);
  }
}
export class RequestRequiredError extends ForbiddenError {
  constructor() {
    super('This group takes join requests: ask to join, and an owner will answer', GroupsErrorReason.GROUP_REQUEST_REQUIRED);
  }
}
export class InvitationExpiredError extends ForbiddenError {
  constructor(expiredAt: Date) {
    super(`This invitation expired on ${expiredAt.toISOString().slice(0, 10)}: ask an owner to invite you again`, GroupsErrorReason.INVITATION_EXPIRED);
  }
}
/** A group keeps at least one owner (group-rules.ts keepsAnOwner): bad input naming what to change. */
export class LastOwnerError extends BadUserInputError {
  constructor(field: string, action: string) {
    super(field, `A group needs an owner: transfer ownership to another member before you ${action}`);
  }
}
export class AlreadyAnsweredError extends ConflictError {
  constructor(what: 'request' | 'invitation') {
    super(
      what === 'request' ? 'This join request was already answered or withdrawn' : 'This invitation was already answered or withdrawn',
      undefined,
      GroupsErrorReason.ALREADY_ANSWERED,
    );
  }
}
export class GroupNameTakenError extends ConflictError {
  constructor(field: 'name' | 'slug') {
    super(field === 'name' ? 'A group with this name exists' : 'A group with this slug exists', field, GroupsErrorReason.GROUP_NAME_TAKEN);
  }
}
