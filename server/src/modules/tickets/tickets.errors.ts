import { ForbiddenError, NotFoundError } from '../../platform/errors/domain-error';

/** The tickets module's stable `extensions.reason` values. */
export enum TicketsErrorReason {
  EMERGENCY_NOT_AVAILABLE = 'EMERGENCY_NOT_AVAILABLE',
  NOT_THREAD_ASKER = 'NOT_THREAD_ASKER',
  INTERNAL_NOTE_STAFF_ONLY = 'INTERNAL_NOTE_STAFF_ONLY',
  TICKET_CLOSED = 'TICKET_CLOSED',
  NOT_SUPPORT_STAFF = 'NOT_SUPPORT_STAFF',
  EXECUTIVE_NOT_AVAILABLE = 'EXECUTIVE_NOT_AVAILABLE',
  CSRF_HEADER_REQUIRED = 'CSRF_HEADER_REQUIRED',
}

/** Tickets are for their requester and staff: for everyone else they do not exist. */
export class TicketNotFoundError extends NotFoundError {
  constructor() {
    super('Ticket');
  }
}
/** An attachment that is not on that ticket (or whose file is gone). */
export class AttachmentNotFoundError extends NotFoundError {
  constructor() {
    super('Attachment');
  }
}
/** EMERGENCY asked for where the plan or the problem does not qualify: the message offers CRITICAL. */
export class EmergencyNotAvailableError extends ForbiddenError {
  constructor(message: string) {
    super(message, TicketsErrorReason.EMERGENCY_NOT_AVAILABLE);
  }
}
export class NotThreadAskerError extends ForbiddenError {
  constructor() {
    super('Only the person who asked, or staff for them, can escalate a thread to support', TicketsErrorReason.NOT_THREAD_ASKER);
  }
}
export class InternalNoteStaffOnlyError extends ForbiddenError {
  constructor() {
    super('Only staff write internal notes', TicketsErrorReason.INTERNAL_NOTE_STAFF_ONLY);
  }
}
export class TicketClosedError extends ForbiddenError {
  constructor() {
    super('This ticket is closed: escalate the thread again or ask a new question for more help', TicketsErrorReason.TICKET_CLOSED);
  }
}
export class NotSupportStaffError extends ForbiddenError {
  constructor(message = 'Only staff work tickets') {
    super(message, TicketsErrorReason.NOT_SUPPORT_STAFF);
  }
}
export class ExecutiveNotAvailableError extends ForbiddenError {
  constructor(message: string) {
    super(message, TicketsErrorReason.EXECUTIVE_NOT_AVAILABLE);
  }
}
