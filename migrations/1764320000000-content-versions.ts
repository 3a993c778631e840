import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The content version (issue 12): the read cache (server/src/platform/read-cache) keeps whole GraphQL answers for
 * signed-out readers and serves one only while nothing they could show has changed since it was computed.
 *
 * Every transaction that writes a table a signed-out reader's answer can depend on adds 1 to one of 16 shard rows
 * (a statement trigger, once per transaction). The version is the sum of the shards: it grows with each such commit,
 * and a reader's snapshot sees it move exactly when the data does (a sequence would not: nextval is not
 * transactional). Shards keep concurrent writers off a single hot row: two writing transactions wait on each other
 * only when they land on the same shard.
 *
 * `outbox` is in the list: the search worker deletes its rows in the transaction that follows Meilisearch's
 * confirmation, so searches cached before the index changed are dropped when it has.
 *
 * Tables left out hold what no signed-out answer shows (sessions, read markers, watches, notifications, mail,
 * tickets' messages and internals). test/integration/read-cache.int-spec.ts fails when a table is in neither list.
 */
export const CONTENT_TABLES = [
  'accepted_answers',
  'forums',
  'group_memberships',
  'moderation_log',
  'organizations',
  'outbox',
  'post_mentions',
  'post_revisions',
  'post_votes',
  'posts',
  'search_settings',
  'sla_targets',
  'support_extra_holidays',
  'support_hours',
  'support_settings',
  'support_worked_holidays',
  'threads',
  'tickets',
  'user_groups',
  'users',
];

export class ContentVersions1764320000000 implements MigrationInterface {
  name = 'ContentVersions1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE content_versions (shard smallint PRIMARY KEY, version bigint NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO content_versions (shard) SELECT generate_series(0, 15)`);
    // A transaction-local setting marks the transaction as counted, so a thousand-statement import bumps once.
    await q.query(`
      CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('threadline.content_bumped', true) IS DISTINCT FROM 'y' THEN
          PERFORM set_config('threadline.content_bumped', 'y', true);
          UPDATE content_versions SET version = version + 1 WHERE shard = txid_current() % 16;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of CONTENT_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_content_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CONTENT_TABLES) await q.query(`DROP TRIGGER ${table}_content_version ON ${table}`);
    await q.query(`DROP FUNCTION bump_content_version()`);
    await q.query(`DROP TABLE content_versions`);
  }
}
