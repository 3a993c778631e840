import { ConflictError, UnauthenticatedError } from '../../platform/errors/domain-error';

/** Same message for an unknown email and a wrong password: no account enumeration. */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('Email or password is incorrect');
  }
}

export class EmailTakenError extends ConflictError {
  constructor() {
    super('An account with this email already exists', 'email');
  }
}

export class LastAdminError extends ConflictError {
  constructor() {
    super('At least one admin must remain', 'roles');
  }
}
