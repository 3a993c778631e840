import { ErrorCode } from '../../platform/errors/error-code';
import { NotEntitledToAcceptError } from './answers.errors';

describe('answers errors', () => {
  it('keep the stable code and add a reason clients can tell apart', () => {
    expect(new NotEntitledToAcceptError()).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      reason: 'NOT_ENTITLED_TO_ACCEPT',
      message: 'Only the asker, staff or a moderator can accept an answer',
    });
  });
});
