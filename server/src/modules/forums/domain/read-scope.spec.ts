import type { Role } from '../../accounts/domain/roles';
import { ANONYMOUS, type Viewer } from '../../accounts/domain/viewer';
import { canSeeForum, canSeeGroup, canSeePost, canSeeThread, readScopeOf, visibleGroupSql, visibleSql } from './read-scope';

const viewer = (roles: Role[], groupIds: string[] = []): Viewer => ({ userId: 'u1', sessionId: 's1', roles, organizationId: null, groupIds });
const G = '00000000-0000-4000-8000-000000000001';
const publicForum = { groupId: null };
const privateForum = { groupId: G };
const shown = { hiddenAt: null, authorId: 'someone' };
const hidden = { hiddenAt: new Date(), authorId: 'someone' };
const ownHidden = { hiddenAt: new Date(), authorId: 'u1' };

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
    for (const [roles, sees] of [
      [['MEMBER'], false],
      [['MEMBER', 'EXPERT'], false],
      [['MEMBER', 'STAFF'], false],
      [['MEMBER', 'MODERATOR'], true],
      [['MEMBER', 'ADMIN'], true],
    ] as Array<[Role[], boolean]>) {
      const scope = readScopeOf(viewer(roles));
      expect(canSeeThread(scope, publicForum, hidden)).toBe(sees);
      expect(canSeePost(scope, publicForum, shown, hidden)).toBe(sees);
      expect(canSeePost(scope, publicForum, shown, shown)).toBe(true);
    }
  });

  it("shows its author their own hidden thread or post, and nobody else's", () => {
    const member = readScopeOf(viewer(['MEMBER']));
    expect(canSeeThread(member, publicForum, ownHidden)).toBe(true);
    expect(canSeePost(member, publicForum, shown, ownHidden)).toBe(true);
    expect(canSeePost(member, publicForum, hidden, ownHidden)).toBe(false);
    expect(canSeeThread(member, privateForum, ownHidden)).toBe(false);
    expect(canSeeThread(readScopeOf(ANONYMOUS), publicForum, { hiddenAt: new Date(), authorId: null as unknown as string })).toBe(false);
    expect(canSeeThread(readScopeOf(viewer(['MEMBER', 'STAFF'])), publicForum, hidden)).toBe(false);
  });

  it('says the own-hidden allowance in SQL only where asked (a thread page, notifications), never in lists', () => {
    const params: unknown[] = [];
    expect(visibleSql(readScopeOf(viewer(['MEMBER'])), { thread: 't', post: 'p', ownHidden: true }, params)).toBe(
      '(t.hidden_at IS NULL OR t.author_id = $1::uuid) AND (p.hidden_at IS NULL OR p.author_id = $1::uuid)',
    );
    expect(params).toEqual(['u1']);
    expect(visibleSql(readScopeOf(ANONYMOUS), { post: 'p', ownHidden: true }, [])).toBe('p.hidden_at IS NULL');
    expect(visibleSql(readScopeOf(viewer(['MEMBER'])), { thread: 't' }, [])).toBe('t.hidden_at IS NULL');
  });

  it('shows a listed group to everyone, a hidden one to its members, invitees, staff and admins only', () => {
    const listedGroup = { id: G, visibility: 'LISTED' } as const;
    const hiddenGroup = { id: G, visibility: 'HIDDEN' } as const;
    expect(canSeeGroup(readScopeOf(ANONYMOUS), listedGroup, false)).toBe(true);
    expect(canSeeGroup(readScopeOf(ANONYMOUS), hiddenGroup, false)).toBe(false);
    expect(canSeeGroup(readScopeOf(viewer(['MEMBER'])), hiddenGroup, false)).toBe(false);
    expect(canSeeGroup(readScopeOf(viewer(['MEMBER'])), hiddenGroup, true)).toBe(true);
    expect(canSeeGroup(readScopeOf(viewer(['MEMBER'], [G])), hiddenGroup, false)).toBe(true);
    expect(canSeeGroup(readScopeOf(viewer(['MEMBER', 'MODERATOR'])), hiddenGroup, false)).toBe(false);
    expect(canSeeGroup(readScopeOf(viewer(['MEMBER', 'STAFF'])), hiddenGroup, false)).toBe(true);
  });

  it('says the group rule in SQL too: memberships from the scope, invitations looked up for its user', () => {
    const params: unknown[] = ['x'];
    expect(visibleGroupSql(readScopeOf(viewer(['MEMBER'], [G])), 'g', params)).toBe(
      "(g.visibility = 'LISTED' OR g.id = ANY ($2::uuid[]) OR EXISTS (SELECT 1 FROM group_invitations gi WHERE gi.group_id = g.id AND gi.user_id = $3 AND gi.status = 'PENDING' AND gi.expires_at > now()))",
    );
    expect(params).toEqual(['x', [G], 'u1']);
    const anonymous: unknown[] = [];
    expect(visibleGroupSql(readScopeOf(ANONYMOUS), 'g', anonymous)).toBe("(g.visibility = 'LISTED' OR g.id = ANY ($1::uuid[]))");
    expect(visibleGroupSql(readScopeOf(viewer(['MEMBER', 'ADMIN'])), 'g', [])).toBe('TRUE');
  });

  it('hides a post whose thread or forum is hidden from the viewer', () => {
    const member = readScopeOf(viewer(['MEMBER']));
    expect(canSeePost(member, publicForum, hidden, shown)).toBe(false);
    expect(canSeePost(member, privateForum, shown, shown)).toBe(false);
    expect(canSeePost(readScopeOf(viewer(['MEMBER', 'MODERATOR'])), privateForum, shown, shown)).toBe(false);
  });

  it("says the same in SQL, numbering its parameters after the query's own", () => {
    const params: unknown[] = ['forum-id'];
    expect(visibleSql(readScopeOf(viewer(['MEMBER'], [G])), { forum: 'f', thread: 't', post: 'p' }, params)).toBe(
      '(f.group_id IS NULL OR f.group_id = ANY ($2::uuid[])) AND t.hidden_at IS NULL AND p.hidden_at IS NULL',
    );
    expect(params).toEqual(['forum-id', [G]]);
    expect(visibleSql(readScopeOf(viewer(['MEMBER', 'MODERATOR'])), { forum: 'f', thread: 't' }, [])).toBe(
      '(f.group_id IS NULL OR f.group_id = ANY ($1::uuid[]))',
    );
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
