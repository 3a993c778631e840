import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import {
  acceptDecision,
  acceptKindFor,
  acceptTargetProblem,
  bodyProblem,
  canDeletePost,
  canEditPost,
  canReply,
  changedFields,
  deleteProblem,
  normalizeTags,
  tagsProblem,
  threadStatus,
  titleProblem,
  voteProblem,
} from './thread-rules';

const as = (userId: string, ...roles: Viewer['roles'][number][]): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles: ['MEMBER', ...roles] });
const thread = { authorId: 'asker', lockedAt: null, hiddenAt: null };
const reply = { authorId: 'answerer', postNumber: 2, hiddenAt: null, threadId: 't1' };
const open = { archivedAt: null };
const archived = { archivedAt: new Date() };
const locked = { ...thread, lockedAt: new Date() };

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
  it('refuses over-long tags on the tags field instead of cutting them', () => {
    expect(tagsProblem(['a'.repeat(31)])).toEqual({ field: 'tags', message: 'Tags must be at most 30 characters' });
  });
  it('refuses titles and bodies with nothing visible', () => {
    expect(titleProblem('\u200b'.repeat(12))?.field).toBe('title');
    expect(bodyProblem('\u200b\u2060')?.field).toBe('body');
  });
});

describe('who may do what', () => {
  it('lets signed-in users reply, but not to locked threads unless moderator', () => {
    expect(canReply(ANONYMOUS, thread, open)).toBe('unauthenticated');
    expect(canReply(as('u'), locked, open)).toBe('locked');
    expect(canReply(as('m', 'MODERATOR'), locked, open)).toBe('ok');
  });
  it('lets authors edit their own posts and moderators any', () => {
    expect(canEditPost(as('answerer'), reply, thread, open)).toBe(true);
    expect(canEditPost(as('other'), reply, thread, open)).toBe(false);
    expect(canEditPost(as('m', 'MODERATOR'), reply, thread, open)).toBe(true);
    expect(canEditPost(as('answerer'), reply, locked, open)).toBe(false);
  });
  it('lets authors delete their replies but not the opening post', () => {
    expect(canDeletePost(as('answerer'), reply, thread, open)).toBe(true);
    expect(deleteProblem(as('asker'), { ...reply, authorId: 'asker', postNumber: 1 }, thread, open)).toBe('opening-post');
    expect(deleteProblem(as('other'), reply, thread, open)).toBe('not-yours');
  });
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
  it('refuses votes on one\'s own posts', () => {
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
  it('stop the asker accepting or clearing; staff and moderators still verify', () => {
    expect(acceptDecision(as('asker'), locked, open)).toEqual({ refused: 'locked' });
    expect(acceptDecision(as('s', 'STAFF'), locked, open)).toEqual({ kind: 'STAFF' });
    expect(acceptDecision(as('m', 'MODERATOR'), locked, open)).toEqual({ kind: 'STAFF' });
    expect(acceptDecision(as('asker', 'STAFF'), locked, open)).toEqual({ kind: 'ASKER' });
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
  it('freeze accepted answers and helpful votes', () => {
    for (const v of [as('asker'), as('s', 'STAFF'), as('m', 'MODERATOR')]) expect(acceptDecision(v, thread, archived)).toEqual({ refused: 'archived' });
    expect(voteProblem(as('asker'), reply, archived)).toBe('archived');
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
