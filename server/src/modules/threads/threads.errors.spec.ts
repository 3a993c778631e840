import { ErrorCode } from '../../platform/errors/error-code';
import { EditConflictError, NotYourPostError, ThreadLockedError } from './threads.errors';

describe('threads errors', () => {
  it('keep the stable code and add a reason clients can tell apart', () => {
    expect(new ThreadLockedError()).toMatchObject({ code: ErrorCode.FORBIDDEN, reason: 'THREAD_LOCKED', message: 'This thread is locked' });
    expect(new ThreadLockedError('This thread is locked; only moderators can delete its replies')).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      reason: 'THREAD_LOCKED',
      message: 'This thread is locked; only moderators can delete its replies',
    });
    expect(new NotYourPostError('edit')).toMatchObject({ code: ErrorCode.FORBIDDEN, reason: 'NOT_YOUR_POST', message: 'You can only edit your own posts' });
    expect(new NotYourPostError('delete')).toMatchObject({ code: ErrorCode.FORBIDDEN, reason: 'NOT_YOUR_POST', message: 'You can only delete your own posts' });
    expect(new EditConflictError()).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'body',
      reason: 'EDIT_CONFLICT',
      message: 'This post was edited meanwhile; reload it and edit again',
    });
  });
});
