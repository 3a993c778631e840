import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'MENTION', 'GROUP_JOIN_REQUESTED', 'GROUP_REQUEST_APPROVED', 'GROUP_REQUEST_DENIED', 'GROUP_INVITATION',
  'TICKET_REPLY', 'TICKET_STATUS', 'TICKET_ASSIGNED', 'TICKET_CUSTOMER_REPLY', 'TICKET_BREACHED'`;

/**
 * Watching and the forum's notifications (issue 11):
 * - thread_watches / forum_watches: a person's chosen level per thread and per forum (WATCHING, NORMAL, MUTED). Starting
 *   a thread or replying records WATCHING unless the person already chose a level;
 * - the kinds REPLY, QUOTED, ANSWER_ACCEPTED and MODERATION (an action on my content; `action` names it and `message`
 *   holds its reason).
 */
export class Watching1764201000000 implements MigrationInterface {
  name = 'Watching1764201000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread_watches (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('WATCHING', 'NORMAL', 'MUTED')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, user_id)
      )`);
    await q.query(`CREATE INDEX thread_watches_user_idx ON thread_watches (user_id)`);
    await q.query(`
      CREATE TABLE forum_watches (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        forum_id uuid NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('WATCHING', 'NORMAL', 'MUTED')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (forum_id, user_id)
      )`);
    await q.query(`CREATE INDEX forum_watches_user_idx ON forum_watches (user_id)`);
    await q.query(`ALTER TABLE notifications ADD COLUMN action text NULL
      CHECK (action IS NULL OR action IN ('HIDE_THREAD', 'RESTORE_THREAD', 'LOCK_THREAD', 'UNLOCK_THREAD', 'PIN_THREAD', 'UNPIN_THREAD', 'MOVE_THREAD', 'HIDE_POST', 'RESTORE_POST'))`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${OLD_KINDS},
      'REPLY', 'QUOTED', 'ANSWER_ACCEPTED', 'MODERATION'))`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_moderation_action_check CHECK ((kind = 'MODERATION') = (action IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind IN ('REPLY', 'QUOTED', 'ANSWER_ACCEPTED', 'MODERATION')`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_moderation_action_check`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN action`);
    await q.query(`DROP TABLE forum_watches`);
    await q.query(`DROP TABLE thread_watches`);
  }
}
