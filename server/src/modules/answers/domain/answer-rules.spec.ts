import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import { voteProblem } from '../../posts/domain/post-rules';
import { acceptDecision, acceptKindFor, acceptTargetProblem } from './answer-rules';

const as = (userId: string, ...roles: Viewer['roles'][number][]): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles: ['MEMBER', ...roles] });
const thread = { authorId: 'asker', lockedAt: null, hiddenAt: null };
const reply = { authorId: 'answerer', postNumber: 2, hiddenAt: null, threadId: 't1' };
const open = { archivedAt: null };
const archived = { archivedAt: new Date() };
const locked = { ...thread, lockedAt: new Date() };

describe('who may do what', () => {
  it('lets the asker accept, staff and moderators verify, and nobody else', () => {
    expect(acceptKindFor(as('asker'), thread)).toBe('ASKER');
    expect(acceptKindFor(as('asker', 'STAFF'), thread)).toBe('ASKER');
    expect(acceptKindFor(as('s', 'STAFF'), thread)).toBe('STAFF');
    expect(acceptKindFor(as('m', 'MODERATOR'), thread)).toBe('STAFF');
    expect(acceptKindFor(as('x', 'EXPERT'), thread)).toBeNull();
    expect(acceptKindFor(ANONYMOUS, thread)).toBeNull();
    expect(acceptDecision(as('x', 'EXPERT'), thread, open)).toEqual({ refused: 'not-entitled' });
    expect(acceptDecision(ANONYMOUS, thread, open)).toEqual({ refused: 'unauthenticated' });
  });
  it('never accepts the opening post, a hidden post, or a post of another thread', () => {
    expect(acceptTargetProblem({ ...reply, postNumber: 1 }, 't1')).toBe('opening-post');
    expect(acceptTargetProblem({ ...reply, hiddenAt: new Date() }, 't1')).toBe('hidden');
    expect(acceptTargetProblem(reply, 't2')).toBe('other-thread');
    expect(acceptTargetProblem(reply, 't1')).toBeNull();
  });
});

describe('locked threads (as discourse-solved: the owner cannot change the answer of a closed topic)', () => {
  it('stop the asker accepting or clearing; staff and moderators still verify', () => {
    expect(acceptDecision(as('asker'), locked, open)).toEqual({ refused: 'locked' });
    expect(acceptDecision(as('s', 'STAFF'), locked, open)).toEqual({ kind: 'STAFF' });
    expect(acceptDecision(as('m', 'MODERATOR'), locked, open)).toEqual({ kind: 'STAFF' });
    expect(acceptDecision(as('asker', 'STAFF'), locked, open)).toEqual({ kind: 'ASKER' });
  });
});

describe('archived forums are read-only', () => {
  it('freeze accepted answers and helpful votes', () => {
    for (const v of [as('asker'), as('s', 'STAFF'), as('m', 'MODERATOR')]) expect(acceptDecision(v, thread, archived)).toEqual({ refused: 'archived' });
    expect(voteProblem(as('asker'), reply, archived)).toBe('archived');
  });
});
