import { ForbiddenError } from '../../platform/errors/domain-error';

/** The answers module's stable `extensions.reason` values (docs/architecture.md lists every module's). */
export enum AnswersErrorReason {
  NOT_ENTITLED_TO_ACCEPT = 'NOT_ENTITLED_TO_ACCEPT',
}

/** Only the asker, staff or a moderator marks the accepted answer (domain/answer-rules.ts). */
export class NotEntitledToAcceptError extends ForbiddenError {
  constructor() {
    super('Only the asker, staff or a moderator can accept an answer', AnswersErrorReason.NOT_ENTITLED_TO_ACCEPT);
  }
}
