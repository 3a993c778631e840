import { ErrorCode } from '../../platform/errors/error-code';
import { ForumArchivedError, ForumSlugTakenError, NotForumManagerError } from './forums.errors';

describe('forums errors', () => {
  it('keep the stable code and add a reason clients can tell apart', () => {
    expect(new ForumArchivedError()).toMatchObject({ code: ErrorCode.FORBIDDEN, reason: 'FORUM_ARCHIVED', message: 'This forum is archived (read-only)' });
    expect(new NotForumManagerError()).toMatchObject({ code: ErrorCode.FORBIDDEN, reason: 'NOT_FORUM_MANAGER', message: 'Only staff manage forums' });
    expect(new ForumSlugTakenError()).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'slug',
      reason: 'FORUM_SLUG_TAKEN',
      message: 'A forum with this slug exists',
    });
  });
});
