import { ErrorCode } from '../../platform/errors/error-code';
import { NotEntitledToRedactError, NotModeratorError } from './moderation.errors';

describe('moderation errors', () => {
  it('keep the stable code and add a reason clients can tell apart', () => {
    expect(new NotModeratorError()).toMatchObject({ code: ErrorCode.FORBIDDEN, reason: 'NOT_MODERATOR', message: 'Only moderators can do that' });
    expect(new NotModeratorError('Only moderators read the moderation log')).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      reason: 'NOT_MODERATOR',
      message: 'Only moderators read the moderation log',
    });
    expect(new NotEntitledToRedactError()).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      reason: 'NOT_ENTITLED_TO_REDACT',
      message: 'Only moderators and staff can redact a revision',
    });
  });
});
