import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { visibleGroupSql, type ReadScope } from '../forums/domain/read-scope';
import type { GroupKind, GroupRelation, GroupRole, GroupVisibility, MembershipPolicy } from './domain/group-rules';

export interface GroupRow {
  id: string;
  name: string;
  slug: string;
  descriptionSource: string;
  descriptionHtml: string;
  kind: GroupKind;
  membershipPolicy: MembershipPolicy;
  visibility: GroupVisibility;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewGroup {
  name: string;
  slug: string;
  descriptionSource: string;
  descriptionHtml: string;
  kind: GroupKind;
  membershipPolicy: MembershipPolicy;
  visibility: GroupVisibility;
  createdBy: string;
}

export interface MemberRow {
  groupId: string;
  userId: string;
  role: GroupRole;
  joinedAt: Date;
}

export interface JoinRequestRow {
  id: string;
  groupId: string;
  userId: string;
  message: string;
  status: 'PENDING' | 'APPROVED' | 'DENIED' | 'CANCELLED';
  decidedBy: string | null;
  decisionMessage: string;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface InvitationRow {
  id: string;
  groupId: string;
  userId: string;
  invitedBy: string | null;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED';
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
}

export interface FlairRow {
  userId: string;
  groupId: string;
  name: string;
  slug: string;
}

const GROUP_COLUMNS = `g.id, g.name, g.slug, g.description_source AS "descriptionSource", g.description_html AS "descriptionHtml",
  g.kind, g.membership_policy AS "membershipPolicy", g.visibility, g.created_at AS "createdAt", g.updated_at AS "updatedAt"`;
const REQUEST_COLUMNS = `r.id, r.group_id AS "groupId", r.user_id AS "userId", r.message, r.status, r.decided_by AS "decidedBy",
  r.decision_message AS "decisionMessage", r.created_at AS "createdAt", r.decided_at AS "decidedAt"`;
const INVITATION_COLUMNS = `i.id, i.group_id AS "groupId", i.user_id AS "userId", i.invited_by AS "invitedBy", i.status,
  i.created_at AS "createdAt", i.expires_at AS "expiresAt", i.responded_at AS "respondedAt"`;

export interface GroupListFilter {
  kind?: GroupKind | null;
  /** Words the name or description must contain (each, case-insensitive). */
  words: string[];
  /** Only the groups this user belongs to. */
  memberId?: string | null;
}

/** The SQL of user groups, their memberships, join requests, invitations and flair. Writes take the caller's transaction. */
@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.db.manager;
  }

  async insert(values: NewGroup, m: EntityManager): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO user_groups (name, slug, description_source, description_html, kind, membership_policy, visibility, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [values.name, values.slug, values.descriptionSource, values.descriptionHtml, values.kind, values.membershipPolicy, values.visibility, values.createdBy],
    );
    return row.id;
  }

  async update(id: string, values: Partial<Omit<NewGroup, 'createdBy'>>, m: EntityManager): Promise<void> {
    const columns: Record<keyof Omit<NewGroup, 'createdBy'>, string> = {
      name: 'name',
      slug: 'slug',
      descriptionSource: 'description_source',
      descriptionHtml: 'description_html',
      kind: 'kind',
      membershipPolicy: 'membership_policy',
      visibility: 'visibility',
    };
    const sets: string[] = [];
    const params: unknown[] = [id];
    for (const [key, column] of Object.entries(columns) as Array<[keyof typeof columns, string]>) {
      if (values[key] === undefined) continue;
      params.push(values[key]);
      sets.push(`${column} = $${params.length}`);
    }
    if (!sets.length) return;
    await m.query(`UPDATE user_groups SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async findById(id: string, manager?: EntityManager): Promise<GroupRow | null> {
    const [row] = await this.m(manager).query(`SELECT ${GROUP_COLUMNS} FROM user_groups g WHERE g.id = $1`, [id]);
    return row ?? null;
  }

  async findBySlug(slug: string): Promise<GroupRow | null> {
    const [row] = await this.db.query(`SELECT ${GROUP_COLUMNS} FROM user_groups g WHERE g.slug = $1`, [slug]);
    return row ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<GroupRow[]> {
    return this.db.query(`SELECT ${GROUP_COLUMNS} FROM user_groups g WHERE g.id = ANY ($1::uuid[])`, [ids]);
  }

  /** Locks the group row until the transaction ends: membership changes of one group run one at a time. */
  async lock(id: string, m: EntityManager): Promise<GroupRow | null> {
    const [row] = await m.query(`SELECT ${GROUP_COLUMNS} FROM user_groups g WHERE g.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /**
   * The groups `scope` may see, by name then id, `first + 1` rows after the keyset cursor.
   * Words match the name or the description source, each as a case-insensitive substring.
   */
  async list(scope: ReadScope, filter: GroupListFilter, first: number, after: [string, string] | null): Promise<GroupRow[]> {
    const params: unknown[] = [];
    const where = [visibleGroupSql(scope, 'g', params)];
    if (filter.kind) {
      params.push(filter.kind);
      where.push(`g.kind = $${params.length}`);
    }
    for (const word of filter.words) {
      params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(g.name ILIKE $${params.length} OR g.description_source ILIKE $${params.length})`);
    }
    if (filter.memberId) {
      params.push(filter.memberId);
      where.push(`EXISTS (SELECT 1 FROM group_memberships gm WHERE gm.group_id = g.id AND gm.user_id = $${params.length})`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(lower(g.name), g.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    return this.db.query(
      `SELECT ${GROUP_COLUMNS} FROM user_groups g WHERE ${where.join(' AND ')} ORDER BY lower(g.name), g.id LIMIT $${params.length}`,
      params,
    );
  }

  /** Where `userId` stands with each group (membership, invitation, request), read now. */
  async relations(groupIds: readonly string[], userId: string, manager?: EntityManager): Promise<Array<GroupRelation & { groupId: string }>> {
    return this.m(manager).query(
      `SELECT g.id AS "groupId",
              (SELECT role FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = $2) AS role,
              EXISTS (SELECT 1 FROM group_invitations i WHERE i.group_id = g.id AND i.user_id = $2 AND i.status = 'PENDING' AND i.expires_at > now()) AS invited,
              EXISTS (SELECT 1 FROM group_invitations i WHERE i.group_id = g.id AND i.user_id = $2 AND i.status = 'PENDING' AND i.expires_at <= now()) AS "invitationExpired",
              EXISTS (SELECT 1 FROM group_join_requests r WHERE r.group_id = g.id AND r.user_id = $2 AND r.status = 'PENDING') AS requested
         FROM unnest($1::uuid[]) AS g(id)`,
      [groupIds, userId],
    );
  }

  /** The groups whose private content this user may read: every group they belong to. */
  async groupIdsOf(userId: string): Promise<string[]> {
    const rows: Array<{ groupId: string }> = await this.db.query(`SELECT group_id AS "groupId" FROM group_memberships WHERE user_id = $1`, [userId]);
    return rows.map((r) => r.groupId);
  }

  async memberCounts(groupIds: readonly string[]): Promise<Array<{ groupId: string; count: number }>> {
    return this.db.query(`SELECT group_id AS "groupId", count(*)::int AS count FROM group_memberships WHERE group_id = ANY ($1::uuid[]) GROUP BY group_id`, [
      groupIds,
    ]);
  }

  /** Each group's first `perGroup` owners, by joining time. */
  async owners(groupIds: readonly string[], perGroup: number): Promise<MemberRow[]> {
    return this.db.query(
      `SELECT "groupId", "userId", role, "joinedAt" FROM (
         SELECT group_id AS "groupId", user_id AS "userId", role, joined_at AS "joinedAt",
                row_number() OVER (PARTITION BY group_id ORDER BY joined_at, user_id) AS n
           FROM group_memberships WHERE group_id = ANY ($1::uuid[]) AND role = 'OWNER') o
        WHERE n <= $2 ORDER BY "joinedAt", "userId"`,
      [groupIds, perGroup],
    );
  }

  async ownerCount(groupId: string, m: EntityManager): Promise<number> {
    const [row] = await m.query(`SELECT count(*)::int AS n FROM group_memberships WHERE group_id = $1 AND role = 'OWNER'`, [groupId]);
    return row.n;
  }

  async ownerIds(groupId: string, m: EntityManager): Promise<string[]> {
    const rows: Array<{ userId: string }> = await m.query(`SELECT user_id AS "userId" FROM group_memberships WHERE group_id = $1 AND role = 'OWNER'`, [
      groupId,
    ]);
    return rows.map((r) => r.userId);
  }

  /** Members, owners first, then by joining time; `first + 1` rows after the cursor. */
  async members(groupId: string, first: number, after: [string, string, string] | null): Promise<MemberRow[]> {
    const params: unknown[] = [groupId];
    let where = '';
    if (after) {
      params.push(after[0], after[1], after[2]);
      where = `AND (CASE role WHEN 'OWNER' THEN 0 ELSE 1 END, joined_at, user_id) > ($2::int, $3::timestamptz, $4::uuid)`;
    }
    params.push(first + 1);
    return this.db.query(
      `SELECT group_id AS "groupId", user_id AS "userId", role, joined_at AS "joinedAt" FROM group_memberships
        WHERE group_id = $1 ${where}
        ORDER BY CASE role WHEN 'OWNER' THEN 0 ELSE 1 END, joined_at, user_id LIMIT $${params.length}`,
      params,
    );
  }

  async membership(groupId: string, userId: string, m?: EntityManager): Promise<MemberRow | null> {
    const [row] = await this.m(m).query(
      `SELECT group_id AS "groupId", user_id AS "userId", role, joined_at AS "joinedAt" FROM group_memberships WHERE group_id = $1 AND user_id = $2`,
      [groupId, userId],
    );
    return row ?? null;
  }

  /** Adds a member; an existing membership is left as it is (returns false). */
  async addMember(groupId: string, userId: string, role: GroupRole, m: EntityManager): Promise<boolean> {
    const rows = await m.query(
      `INSERT INTO group_memberships (group_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (group_id, user_id) DO NOTHING RETURNING user_id`,
      [groupId, userId, role],
    );
    return rows.length === 1;
  }

  async removeMember(groupId: string, userId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [groupId, userId]);
  }

  async setRole(groupId: string, userId: string, role: GroupRole, m: EntityManager): Promise<void> {
    await m.query(`UPDATE group_memberships SET role = $3 WHERE group_id = $1 AND user_id = $2`, [groupId, userId, role]);
  }

  // ── join requests ──────────────────────────────────────────────────────────────────────────────────────────────

  /** Opens a request, or finds the open one (a repeated request changes nothing). `created` says which. */
  async openRequest(groupId: string, userId: string, message: string, m: EntityManager): Promise<{ request: JoinRequestRow; created: boolean }> {
    const inserted: JoinRequestRow[] = await m.query(
      `INSERT INTO group_join_requests AS r (group_id, user_id, message) VALUES ($1, $2, $3)
       ON CONFLICT (group_id, user_id) WHERE status = 'PENDING' DO NOTHING RETURNING ${REQUEST_COLUMNS}`,
      [groupId, userId, message],
    );
    if (inserted.length) return { request: inserted[0], created: true };
    return { request: (await this.pendingRequest(groupId, userId, m))!, created: false };
  }

  async pendingRequest(groupId: string, userId: string, m?: EntityManager): Promise<JoinRequestRow | null> {
    const [row] = await this.m(m).query(
      `SELECT ${REQUEST_COLUMNS} FROM group_join_requests r WHERE r.group_id = $1 AND r.user_id = $2 AND r.status = 'PENDING'`,
      [groupId, userId],
    );
    return row ?? null;
  }

  /** One user's pending requests to these groups. */
  async pendingRequestsOfUser(groupIds: readonly string[], userId: string): Promise<JoinRequestRow[]> {
    return this.db.query(
      `SELECT ${REQUEST_COLUMNS} FROM group_join_requests r WHERE r.group_id = ANY ($1::uuid[]) AND r.user_id = $2 AND r.status = 'PENDING'`,
      [groupIds, userId],
    );
  }

  async findRequest(id: string, m?: EntityManager): Promise<JoinRequestRow | null> {
    const [row] = await this.m(m).query(`SELECT ${REQUEST_COLUMNS} FROM group_join_requests r WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  /** Closes a pending request; returns it, or null when it was no longer pending. */
  async closeRequest(
    id: string,
    status: 'APPROVED' | 'DENIED' | 'CANCELLED',
    decidedBy: string,
    decisionMessage: string,
    m: EntityManager,
  ): Promise<JoinRequestRow | null> {
    const [rows] = await m.query(
      `UPDATE group_join_requests r SET status = $2, decided_by = $3, decision_message = $4, decided_at = now()
        WHERE r.id = $1 AND r.status = 'PENDING' RETURNING ${REQUEST_COLUMNS}`,
      [id, status, decidedBy, decisionMessage],
    );
    return rows[0] ?? null;
  }

  async pendingRequests(groupId: string, first: number, after: [string, string] | null): Promise<JoinRequestRow[]> {
    const params: unknown[] = [groupId];
    let where = '';
    if (after) {
      params.push(after[0], after[1]);
      where = `AND (r.created_at, r.id) > ($2::timestamptz, $3::uuid)`;
    }
    params.push(first + 1);
    return this.db.query(
      `SELECT ${REQUEST_COLUMNS} FROM group_join_requests r WHERE r.group_id = $1 AND r.status = 'PENDING' ${where}
        ORDER BY r.created_at, r.id LIMIT $${params.length}`,
      params,
    );
  }

  // ── invitations ────────────────────────────────────────────────────────────────────────────────────────────────

  /** Invites, or renews the pending invitation (a fresh 14 days from now). `created` is false for a renewal. */
  async invite(
    groupId: string,
    userId: string,
    invitedBy: string,
    expiresAt: Date,
    m: EntityManager,
  ): Promise<{ invitation: InvitationRow; created: boolean }> {
    const [row] = await m.query(
      `INSERT INTO group_invitations AS i (group_id, user_id, invited_by, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (group_id, user_id) WHERE status = 'PENDING'
       DO UPDATE SET invited_by = EXCLUDED.invited_by, created_at = now(), expires_at = EXCLUDED.expires_at
       RETURNING ${INVITATION_COLUMNS}, (xmax = 0) AS created`,
      [groupId, userId, invitedBy, expiresAt],
    );
    const { created, ...invitation } = row;
    return { invitation, created };
  }

  async findInvitation(id: string, m?: EntityManager): Promise<InvitationRow | null> {
    const [row] = await this.m(m).query(`SELECT ${INVITATION_COLUMNS} FROM group_invitations i WHERE i.id = $1`, [id]);
    return row ?? null;
  }

  async findInvitations(ids: readonly string[]): Promise<InvitationRow[]> {
    return this.db.query(`SELECT ${INVITATION_COLUMNS} FROM group_invitations i WHERE i.id = ANY ($1::uuid[])`, [ids]);
  }

  /** The pending invitation of a user to a group, expired or not. */
  async pendingInvitation(groupId: string, userId: string, m?: EntityManager): Promise<InvitationRow | null> {
    const [row] = await this.m(m).query(
      `SELECT ${INVITATION_COLUMNS} FROM group_invitations i WHERE i.group_id = $1 AND i.user_id = $2 AND i.status = 'PENDING'`,
      [groupId, userId],
    );
    return row ?? null;
  }

  /** One user's pending invitations to these groups, expired or not. */
  async pendingInvitationsOfUser(groupIds: readonly string[], userId: string): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${INVITATION_COLUMNS} FROM group_invitations i WHERE i.group_id = ANY ($1::uuid[]) AND i.user_id = $2 AND i.status = 'PENDING'`,
      [groupIds, userId],
    );
  }

  /** Closes a pending invitation; returns it, or null when it was no longer pending. */
  async closeInvitation(id: string, status: 'ACCEPTED' | 'DECLINED' | 'REVOKED', m: EntityManager): Promise<InvitationRow | null> {
    const [rows] = await m.query(
      `UPDATE group_invitations i SET status = $2, responded_at = now() WHERE i.id = $1 AND i.status = 'PENDING' RETURNING ${INVITATION_COLUMNS}`,
      [id, status],
    );
    return rows[0] ?? null;
  }

  /** A group's pending invitations (expired ones included, so owners can renew them), newest first, at most `limit`. */
  async pendingInvitationsOfGroup(groupId: string, limit: number): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${INVITATION_COLUMNS} FROM group_invitations i WHERE i.group_id = $1 AND i.status = 'PENDING' ORDER BY i.created_at DESC, i.id LIMIT $2`,
      [groupId, limit],
    );
  }

  /** A user's pending invitations that have not expired, newest first, at most `limit`. */
  async openInvitationsOfUser(userId: string, limit: number): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${INVITATION_COLUMNS} FROM group_invitations i WHERE i.user_id = $1 AND i.status = 'PENDING' AND i.expires_at > now()
        ORDER BY i.created_at DESC, i.id LIMIT $2`,
      [userId, limit],
    );
  }

  // ── flair ──────────────────────────────────────────────────────────────────────────────────────────────────────

  /** Shows one group's flair (or none, with null); false when the user is not a member of that group. */
  async setFlair(userId: string, groupId: string | null, m: EntityManager): Promise<boolean> {
    await m.query(`UPDATE group_memberships SET shows_flair = false WHERE user_id = $1 AND shows_flair`, [userId]);
    if (groupId === null) return true;
    const [, count] = await m.query(`UPDATE group_memberships SET shows_flair = true WHERE user_id = $1 AND group_id = $2`, [userId, groupId]);
    return count === 1;
  }

  /** The flair each user shows, of listed groups only (a hidden group's name never travels on posts). */
  async flairs(userIds: readonly string[]): Promise<FlairRow[]> {
    return this.db.query(
      `SELECT m.user_id AS "userId", g.id AS "groupId", g.name, g.slug
         FROM group_memberships m JOIN user_groups g ON g.id = m.group_id
        WHERE m.user_id = ANY ($1::uuid[]) AND m.shows_flair AND g.visibility = 'LISTED'`,
      [userIds],
    );
  }
}
