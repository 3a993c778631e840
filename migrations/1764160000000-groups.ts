import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User groups (issue 8): industry, use-case and product groups with open, request and invite membership, and the
 * foreign key the forums issue left for a group's private forums. The rules that need more than one row (at least one
 * owner, invitations that expire) live in modules/groups/domain; what one row can say is said here.
 */
export class Groups1764160000000 implements MigrationInterface {
  name = 'Groups1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 60),
        -- Markdown source and its sanitized HTML (rendered like posts, at write time).
        description_source text NOT NULL DEFAULT '' CHECK (char_length(description_source) <= 10000),
        description_html text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('INDUSTRY', 'USE_CASE', 'PRODUCT')),
        membership_policy text NOT NULL CHECK (membership_policy IN ('OPEN', 'REQUEST', 'INVITE')),
        -- LISTED: in the directory for everyone; HIDDEN: only members, invitees, staff and admins know it exists.
        visibility text NOT NULL CHECK (visibility IN ('LISTED', 'HIDDEN')),
        created_by uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_groups_slug_key ON user_groups (slug)`);
    await q.query(`CREATE UNIQUE INDEX user_groups_name_key ON user_groups (lower(name))`);
    await q.query(`CREATE INDEX user_groups_kind_name_idx ON user_groups (kind, lower(name), id)`);
    await q.query(`CREATE INDEX user_groups_name_idx ON user_groups (lower(name), id)`);

    await q.query(`
      CREATE TABLE group_memberships (
        group_id uuid NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER')),
        -- The one group whose flair the member shows on their posts (at most one per user, below).
        shows_flair boolean NOT NULL DEFAULT false,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query(`CREATE INDEX group_memberships_user_idx ON group_memberships (user_id, group_id)`);
    await q.query(`CREATE INDEX group_memberships_group_role_idx ON group_memberships (group_id, role, joined_at)`);
    await q.query(`CREATE UNIQUE INDEX group_memberships_one_flair_key ON group_memberships (user_id) WHERE shows_flair`);

    await q.query(`
      CREATE TABLE group_join_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        message text NOT NULL DEFAULT '' CHECK (char_length(message) <= 1000),
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'CANCELLED')) DEFAULT 'PENDING',
        decided_by uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        decision_message text NOT NULL DEFAULT '' CHECK (char_length(decision_message) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz NULL,
        CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    // One open request per (group, user): a repeated request finds the open one.
    await q.query(`CREATE UNIQUE INDEX group_join_requests_pending_key ON group_join_requests (group_id, user_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX group_join_requests_group_idx ON group_join_requests (group_id, status, created_at, id)`);
    await q.query(`CREATE INDEX group_join_requests_user_idx ON group_join_requests (user_id)`);

    await q.query(`
      CREATE TABLE group_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        invited_by uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')) DEFAULT 'PENDING',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        responded_at timestamptz NULL,
        CHECK (expires_at > created_at),
        CHECK ((status = 'PENDING') = (responded_at IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX group_invitations_pending_key ON group_invitations (group_id, user_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX group_invitations_group_idx ON group_invitations (group_id, status, created_at, id)`);
    await q.query(`CREATE INDEX group_invitations_user_idx ON group_invitations (user_id, status)`);

    // The forums issue left forums.group_id without its key. A group with forums cannot be deleted by accident.
    await q.query(`UPDATE forums SET group_id = NULL WHERE group_id IS NOT NULL AND group_id NOT IN (SELECT id FROM user_groups)`);
    await q.query(`ALTER TABLE forums ADD CONSTRAINT forums_group_fk FOREIGN KEY (group_id) REFERENCES user_groups (id) ON DELETE RESTRICT`);
    await q.query(`CREATE INDEX forums_group_idx ON forums (group_id) WHERE group_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION', 'GROUP_JOIN_REQUESTED', 'GROUP_REQUEST_APPROVED', 'GROUP_REQUEST_DENIED', 'GROUP_INVITATION')),
        actor_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        -- The subject: what the reader must still be allowed to see for the notification to be shown.
        group_id uuid NULL REFERENCES user_groups (id) ON DELETE CASCADE,
        post_id uuid NULL REFERENCES posts (id) ON DELETE CASCADE,
        -- The request or invitation it is about, when there is one.
        join_request_id uuid NULL REFERENCES group_join_requests (id) ON DELETE CASCADE,
        invitation_id uuid NULL REFERENCES group_invitations (id) ON DELETE CASCADE,
        message text NOT NULL DEFAULT '' CHECK (char_length(message) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        CHECK (group_id IS NOT NULL OR post_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_post_idx ON notifications (post_id) WHERE post_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP INDEX forums_group_idx`);
    await q.query(`ALTER TABLE forums DROP CONSTRAINT forums_group_fk`);
    for (const table of ['group_invitations', 'group_join_requests', 'group_memberships', 'user_groups']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
