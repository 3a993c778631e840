import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import { canEditPost } from '../../threads/domain/thread-rules';
import { canDeletePost, canReply, changedFields, deleteProblem, voteProblem } from './post-rules';

const as = (userId: string, ...roles: Viewer['roles'][number][]): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles: ['MEMBER', ...roles] });
const thread = { authorId: 'asker', lockedAt: null, hiddenAt: null };
const reply = { authorId: 'answerer', postNumber: 2, hiddenAt: null, threadId: 't1' };
const open = { archivedAt: null };
const archived = { archivedAt: new Date() };
const locked = { ...thread, lockedAt: new Date() };

describe('who may do what', () => {
  it('lets signed-in users reply, but not to locked threads unless moderator', () => {
    expect(canReply(ANONYMOUS, thread, open)).toBe('unauthenticated');
    expect(canReply(as('u'), locked, open)).toBe('locked');
    expect(canReply(as('m', 'MODERATOR'), locked, open)).toBe('ok');
  });
  it('lets authors delete their replies but not the opening post', () => {
    expect(canDeletePost(as('answerer'), reply, thread, open)).toBe(true);
    expect(deleteProblem(as('asker'), { ...reply, authorId: 'asker', postNumber: 1 }, thread, open)).toBe('opening-post');
    expect(deleteProblem(as('other'), reply, thread, open)).toBe('not-yours');
  });
  it("refuses votes on one's own posts", () => {
    expect(voteProblem(as('answerer'), reply, open)).toBe('own-post');
    expect(voteProblem(as('asker'), reply, open)).toBeNull();
    expect(voteProblem(ANONYMOUS, reply, open)).toBe('unauthenticated');
  });
});

describe('locked threads (as discourse-solved: the owner cannot change the answer of a closed topic)', () => {
  it('stop authors deleting their replies; moderators still can', () => {
    expect(deleteProblem(as('answerer'), reply, locked, open)).toBe('locked');
    expect(canDeletePost(as('m', 'MODERATOR'), reply, locked, open)).toBe(true);
  });
  it('still take helpful votes', () => {
    expect(voteProblem(as('asker'), reply, open)).toBeNull();
  });
});

describe('archived forums are read-only', () => {
  it('take no replies, from anyone', () => {
    for (const v of [as('u'), as('s', 'STAFF'), as('m', 'MODERATOR'), as('a', 'ADMIN')]) expect(canReply(v, thread, archived)).toBe('archived');
  });
  it('take no edits or deletions from authors; moderators still moderate', () => {
    expect(canEditPost(as('answerer'), reply, thread, archived)).toBe(false);
    expect(deleteProblem(as('answerer'), reply, thread, archived)).toBe('archived');
    expect(canEditPost(as('m', 'MODERATOR'), reply, thread, archived)).toBe(true);
    expect(canDeletePost(as('m', 'MODERATOR'), reply, thread, archived)).toBe(true);
  });
});

describe('status and history', () => {
  it('names what changed between revisions', () => {
    expect(changedFields({ title: 'a', tags: ['x'], body: 'b' }, { title: 'a', tags: ['y'], body: 'c' })).toEqual(['tags', 'body']);
  });
});
