import type { Role } from '../../accounts/domain/roles';
import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import { canSeeForum, canSeePost, canSeeThread, readScopeOf, visibleSql } from './read-scope';

const viewer = (roles: Role[], groupIds: string[] = []): Viewer => ({ userId: 'u1', sessionId: 's1', roles, organizationId: null, groupIds });
const G = '00000000-0000-4000-8000-000000000001';
const publicForum = { groupId: null };
const privateForum = { groupId: G };
const shown = { hiddenAt: null };
const hidden = { hiddenAt: new Date() };

describe('read scope', () => {
  it('shows public forums to everyone, and a private one to its group, staff and admins only', () => {
    expect(canSeeForum(readScopeOf(ANONYMOUS), publicForum)).toBe(true);
    expect(canSeeForum(readScopeOf(ANONYMOUS), privateForum)).toBe(false);
    expect(canSeeForum(readScopeOf(viewer(['MEMBER'])), privateForum)).toBe(false);
    expect(canSeeForum(readScopeOf(viewer(['MEMBER'], [G])), privateForum)).toBe(true);
    expect(canSeeForum(readScopeOf(viewer(['MEMBER', 'MODERATOR'])), privateForum)).toBe(false);
    expect(canSeeForum(readScopeOf(viewer(['MEMBER', 'STAFF'])), privateForum)).toBe(true);
    expect(canSeeForum(readScopeOf(viewer(['MEMBER', 'ADMIN'])), privateForum)).toBe(true);
  });

  it('shows hidden threads and posts to moderators and admins only', () => {
    expect(canSeeThread(readScopeOf(ANONYMOUS), publicForum, hidden)).toBe(false);
    for (const [roles, sees] of [[['MEMBER'], false], [['MEMBER', 'EXPERT'], false], [['MEMBER', 'STAFF'], false], [['MEMBER', 'MODERATOR'], true], [['MEMBER', 'ADMIN'], true]] as Array<[Role[], boolean]>) {
      const scope = readScopeOf(viewer(roles));
      expect(canSeeThread(scope, publicForum, hidden)).toBe(sees);
      expect(canSeePost(scope, publicForum, shown, hidden)).toBe(sees);
      expect(canSeePost(scope, publicForum, shown, shown)).toBe(true);
    }
  });

  it('hides a post whose thread or forum is hidden from the viewer', () => {
    const member = readScopeOf(viewer(['MEMBER']));
    expect(canSeePost(member, publicForum, hidden, shown)).toBe(false);
    expect(canSeePost(member, privateForum, shown, shown)).toBe(false);
    expect(canSeePost(readScopeOf(viewer(['MEMBER', 'MODERATOR'])), privateForum, shown, shown)).toBe(false);
  });

  it('says the same in SQL, numbering its parameters after the query\'s own', () => {
    const params: unknown[] = ['forum-id'];
    expect(visibleSql(readScopeOf(viewer(['MEMBER'], [G])), { forum: 'f', thread: 't', post: 'p' }, params)).toBe(
      '(f.group_id IS NULL OR f.group_id = ANY ($2::uuid[])) AND t.hidden_at IS NULL AND p.hidden_at IS NULL',
    );
    expect(params).toEqual(['forum-id', [G]]);
    expect(visibleSql(readScopeOf(viewer(['MEMBER', 'MODERATOR'])), { forum: 'f', thread: 't' }, [])).toBe('(f.group_id IS NULL OR f.group_id = ANY ($1::uuid[]))');
    expect(visibleSql(readScopeOf(viewer(['MEMBER', 'STAFF'])), { forum: 'f', thread: 't' }, [])).toBe('t.hidden_at IS NULL');
    expect(visibleSql(readScopeOf(viewer(['MEMBER', 'ADMIN'])), { forum: 'f', thread: 't', post: 'p' }, [])).toBe('TRUE');
  });

  it('is built once per viewer (per request) and cannot be changed', () => {
    const v = viewer(['MEMBER'], [G]);
    const scope = readScopeOf(v);
    expect(readScopeOf(v)).toBe(scope);
    expect(Object.isFrozen(scope)).toBe(true);
    expect(Object.isFrozen(scope.groupIds)).toBe(true);
  });
});
