import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import { canPostInForum, forumInputProblem, normalizeForumName, normalizeProductArea } from './forum-rules';

const as = (userId: string, ...roles: Viewer['roles'][number][]): Viewer => ({ ...ANONYMOUS, userId, sessionId: 's', roles: ['MEMBER', ...roles] });
const open = { groupId: null, archivedAt: null };
const archived = { groupId: null, archivedAt: new Date() };

describe('forum rules', () => {
  it('takes new threads from signed-in viewers, and from nobody once archived', () => {
    expect(canPostInForum(as('u'), open)).toBe(true);
    expect(canPostInForum(ANONYMOUS, open)).toBe(false);
    for (const v of [as('u'), as('s', 'STAFF'), as('m', 'MODERATOR'), as('a', 'ADMIN')]) expect(canPostInForum(v, archived)).toBe(false);
  });

  it('names the field of a blank, invisible, bidi-controlled or over-long name', () => {
    expect(forumInputProblem({ name: '   ' })).toEqual({ field: 'name', message: 'Enter a name' });
    expect(forumInputProblem({ name: '\u200b\u200b\u200b' })?.field).toBe('name');
    expect(forumInputProblem({ name: ' a ' })?.message).toMatch(/at least 2/);
    expect(forumInputProblem({ name: 'Billing\u202e' })?.message).toMatch(/text-direction/);
    expect(forumInputProblem({ name: 'x'.repeat(81) })?.message).toMatch(/at most 80/);
    expect(forumInputProblem({ description: 'x'.repeat(1001) })?.field).toBe('description');
    expect(forumInputProblem({ productArea: 'x'.repeat(61) })?.field).toBe('productArea');
    expect(forumInputProblem({ name: 'Billing', description: '', productArea: null })).toBeNull();
  });

  it('normalises names and product areas', () => {
    expect(normalizeForumName('  Lead \u200b routing ')).toBe('Lead routing');
    expect(normalizeProductArea('\u200b')).toBeNull();
    expect(normalizeProductArea(' Platform ')).toBe('Platform');
  });
});
