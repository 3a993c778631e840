import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import { bodyProblem, canEditPost, normalizeTags, tagsProblem, threadStatus, titleProblem } from './thread-rules';

const as = (userId: string, ...roles: Viewer['roles'][number][]): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles: ['MEMBER', ...roles] });
const thread = { authorId: 'asker', lockedAt: null, hiddenAt: null };
const reply = { authorId: 'answerer', postNumber: 2, hiddenAt: null, threadId: 't1' };
const open = { archivedAt: null };
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
  it('lets authors edit their own posts and moderators any', () => {
    expect(canEditPost(as('answerer'), reply, thread, open)).toBe(true);
    expect(canEditPost(as('other'), reply, thread, open)).toBe(false);
    expect(canEditPost(as('m', 'MODERATOR'), reply, thread, open)).toBe(true);
    expect(canEditPost(as('answerer'), reply, locked, open)).toBe(false);
  });
});

describe('status and history', () => {
  it('derives the thread status', () => {
    expect(threadStatus({ lockedAt: null }, false)).toBe('OPEN');
    expect(threadStatus({ lockedAt: null }, true)).toBe('SOLVED');
    expect(threadStatus({ lockedAt: new Date() }, true)).toBe('LOCKED');
  });
});
