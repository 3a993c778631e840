import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search before you post (issue 9): the synonyms and stop words admins edit (one row, applied to Meilisearch at start
 * and on every change), the composer's deflection events (what suggestions did for a person about to post), and the
 * outbox drained by the search worker: rows are deleted once applied, so only pending ones are left.
 */
export class Search1764170000000 implements MigrationInterface {
  name = 'Search1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        -- Groups of words that find each other, as the admin entered them ([["sso", "single sign-on"]]); Meilisearch's
        -- two-way map is derived from them when they are applied.
        synonym_groups jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(synonym_groups) = 'array'),
        stop_words text[] NOT NULL DEFAULT '{}' CHECK (cardinality(stop_words) <= 1000),
        updated_by uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO search_settings DEFAULT VALUES`);

    await q.query(`
      CREATE TABLE composer_events (
        id bigserial PRIMARY KEY,
        -- One composer session: a person writing one new thread (a client-made uuid).
        session_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SUGGESTIONS_SHOWN', 'SUGGESTION_OPENED', 'RESOLVED_BY_SUGGESTION', 'POSTED_ANYWAY')),
        forum_id uuid NULL REFERENCES forums (id) ON DELETE SET NULL,
        -- The suggested threads shown, or the one opened or that resolved the question; the new thread when posted anyway.
        thread_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(thread_ids) <= 10),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX composer_events_session_idx ON composer_events (session_id, id)`);
    await q.query(`CREATE INDEX composer_events_created_idx ON composer_events (created_at)`);
    await q.query(`CREATE INDEX composer_events_user_idx ON composer_events (user_id, created_at DESC)`);

    // Drained rows are deleted, not marked: the pending index is the whole table now.
    await q.query(`DELETE FROM outbox WHERE processed_at IS NOT NULL`);
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN processed_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN processed_at timestamptz NULL`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
    await q.query(`DROP TABLE composer_events`);
    await q.query(`DROP TABLE search_settings`);
  }
}
