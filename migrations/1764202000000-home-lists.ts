import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The home page's lists (issue 11, item 8):
 * - a forum's color (a hex color staff choose; null: the neutral chip);
 * - a thread's view count, raised by buffered flushes, and the marks that count one view per person per thread per
 *   hour (kept for an hour; each instance's flush inserts its marks with ON CONFLICT DO NOTHING, so two instances
 *   never count the same person twice in the same hour);
 * - the last post a member has read in each thread (unread markers and "N new" counts);
 * - the indexes of Latest and Unanswered across all forums.
 */
export class HomeLists1764202000000 implements MigrationInterface {
  name = 'HomeLists1764202000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forums ADD COLUMN color text NULL CONSTRAINT forums_color_check CHECK (color ~ '^#[0-9a-f]{6}$')`);
    await q.query(`ALTER TABLE threads ADD COLUMN view_count integer NOT NULL DEFAULT 0 CHECK (view_count >= 0)`);
    await q.query(`
      CREATE TABLE thread_view_marks (
        thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        -- A user id, or a hash of the client's address and user agent for anonymous readers.
        viewer_key text NOT NULL CHECK (char_length(viewer_key) <= 80),
        -- The start of the hour the view fell in.
        hour timestamptz NOT NULL,
        PRIMARY KEY (thread_id, viewer_key, hour)
      )`);
    await q.query(`CREATE INDEX thread_view_marks_hour_idx ON thread_view_marks (hour)`);
    await q.query(`
      CREATE TABLE thread_reads (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        last_read_post_number integer NOT NULL CHECK (last_read_post_number >= 1),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`CREATE INDEX thread_reads_thread_idx ON thread_reads (thread_id)`);
    await q.query(`CREATE INDEX threads_activity_idx ON threads (last_activity_at DESC, id DESC) WHERE hidden_at IS NULL`);
    await q.query(`CREATE INDEX threads_unanswered_idx ON threads (created_at DESC, id DESC) WHERE hidden_at IS NULL AND reply_count = 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX threads_unanswered_idx`);
    await q.query(`DROP INDEX threads_activity_idx`);
    await q.query(`DROP TABLE thread_reads`);
    await q.query(`DROP TABLE thread_view_marks`);
    await q.query(`ALTER TABLE threads DROP COLUMN view_count`);
    await q.query(`ALTER TABLE forums DROP COLUMN color`);
  }
}
