import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import {
  acceptKindFor,
  acceptTargetProblem,
  bodyProblem,
  canDeletePost,
  canEditPost,
  canReply,
  changedFields,
  normalizeTags,
  threadStatus,
  titleProblem,
  voteProblem,
} from './thread-rules';

const as = (userId: string, ...roles: Viewer['roles'][number][]): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles: ['MEMBER', ...roles] });
const thread = { authorId: 'asker', lockedAt: null, hiddenAt: null };
const reply = { authorId: 'answerer', postNumber: 2, hiddenAt: null, threadId: 't1' };

describe('thread input', () => {
  it('requires a title of 8 to 200 characters after trimming', () => {
    expect(titleProblem('  short  ')?.field).toBe('title');
    expect(titleProblem('A good title')).toBeNull();
    expect(titleProblem('x'.repeat(201))?.message).toMatch(/200/);
  });
  it('requires a body of 1 to 50,000 characters', () => {
    expect(bodyProblem('   ')?.field).toBe('body');
    expect(bodyProblem('x'.repeat(50_001))?.field).toBe('body');
    expect(bodyProblem('ok')).toBeNull();
  });
  it('normalises tags: lowercase, dashed, unique', () => {
    expect(normalizeTags(['Lead Routing', 'lead-routing', ' #API ', 'C++', ''])).toEqual(['lead-routing', 'api', 'c++']);
  });
});

describe('who may do what', () => {
  it('lets signed-in users reply, but not to locked threads unless moderator', () => {
    expect(canReply(ANONYMOUS, thread)).toBe('unauthenticated');
    expect(canReply(as('u'), { ...thread, lockedAt: new Date() })).toBe('locked');
    expect(canReply(as('m', 'MODERATOR'), { ...thread, lockedAt: new Date() })).toBe('ok');
  });
  it('lets authors edit their own posts and moderators any', () => {
    expect(canEditPost(as('answerer'), reply, thread)).toBe(true);
    expect(canEditPost(as('other'), reply, thread)).toBe(false);
    expect(canEditPost(as('m', 'MODERATOR'), reply, thread)).toBe(true);
    expect(canEditPost(as('answerer'), reply, { ...thread, lockedAt: new Date() })).toBe(false);
  });
  it('lets authors delete their replies but not the opening post', () => {
    expect(canDeletePost(as('answerer'), reply)).toBe(true);
    expect(canDeletePost(as('asker'), { ...reply, authorId: 'asker', postNumber: 1 })).toBe(false);
  });
  it('lets the asker accept, staff and moderators verify, and nobody else', () => {
    expect(acceptKindFor(as('asker'), thread)).toBe('ASKER');
    expect(acceptKindFor(as('asker', 'STAFF'), thread)).toBe('ASKER');
    expect(acceptKindFor(as('s', 'STAFF'), thread)).toBe('STAFF');
    expect(acceptKindFor(as('m', 'MODERATOR'), thread)).toBe('STAFF');
    expect(acceptKindFor(as('x', 'EXPERT'), thread)).toBeNull();
    expect(acceptKindFor(ANONYMOUS, thread)).toBeNull();
  });
  it('never accepts the opening post, a hidden post, or a post of another thread', () => {
    expect(acceptTargetProblem({ ...reply, postNumber: 1 }, 't1')).toBe('opening-post');
    expect(acceptTargetProblem({ ...reply, hiddenAt: new Date() }, 't1')).toBe('hidden');
    expect(acceptTargetProblem(reply, 't2')).toBe('other-thread');
    expect(acceptTargetProblem(reply, 't1')).toBeNull();
  });
  it('refuses votes on one\'s own posts', () => {
    expect(voteProblem(as('answerer'), reply)).toBe('own-post');
    expect(voteProblem(as('asker'), reply)).toBeNull();
    expect(voteProblem(ANONYMOUS, reply)).toBe('unauthenticated');
  });
});

describe('status and history', () => {
  it('derives the thread status', () => {
    expect(threadStatus({ lockedAt: null }, false)).toBe('OPEN');
    expect(threadStatus({ lockedAt: null }, true)).toBe('SOLVED');
    expect(threadStatus({ lockedAt: new Date() }, true)).toBe('LOCKED');
  });
  it('names what changed between revisions', () => {
    expect(changedFields({ title: 'a', tags: ['x'], body: 'b' }, { title: 'a', tags: ['y'], body: 'c' })).toEqual(['tags', 'body']);
  });
});
