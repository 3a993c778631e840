import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';

/** The groups module's errors: stable codes (DESIGN.md) with messages a member can act on. */
export class GroupNotFoundError extends NotFoundError {
  constructor() {
    super('Group');
  }
}
export class GroupManagersOnlyError extends ForbiddenError {
  constructor() {
    super("Only the group's owners, staff and admins can do that");
  }
}
export class GroupCreatorsOnlyError extends ForbiddenError {
  constructor() {
    super('Only staff and admins create groups');
  }
}
export class InviteOnlyGroupError extends ForbiddenError {
  constructor() {
    super('This group is by invitation only: ask an owner to invite you');
  }
}
export class RequestRequiredError extends ForbiddenError {
  constructor() {
    super('This group takes join requests: ask to join, and an owner will answer');
  }
}
export class InvitationExpiredError extends ForbiddenError {
  constructor(expiredAt: Date) {
    super(`This invitation expired on ${expiredAt.toISOString().slice(0, 10)}: ask an owner to invite you again`);
  }
}
export class LastOwnerError extends BadUserInputError {
  constructor(field: string, action: string) {
    super(field, `A group needs an owner: transfer ownership to another member before you ${action}`);
  }
}
export class AlreadyAnsweredError extends ConflictError {
  constructor(what: 'request' | 'invitation') {
    super(what === 'request' ? 'This join request was already answered or withdrawn' : 'This invitation was already answered or withdrawn');
  }
}
export class GroupNameTakenError extends ConflictError {
  constructor(field: 'name' | 'slug') {
    super(field === 'name' ? 'A group with this name exists' : 'A group with this slug exists', field);
  }
}
