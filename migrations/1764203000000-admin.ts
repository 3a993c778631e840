import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentions autocomplete (issue 11): `userSuggestions` matches a handle prefix or a display-name word prefix.
 * - handles: a btree in byte order (text_pattern_ops) serves `handle LIKE 'ma%'` whatever the database's collation;
 * - display names: a GIN index on the words (the 'simple' configuration: lowercased, no stemming) serves the
 *   prefix query `to_tsvector('simple', display_name) @@ to_tsquery('simple', 'ma:*')`.
 */
export class Admin1764203000000 implements MigrationInterface {
  name = 'Admin1764203000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX users_handle_prefix_idx ON users (handle text_pattern_ops)`);
    await q.query(`CREATE INDEX users_display_name_words_idx ON users USING gin (to_tsvector('simple', display_name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_display_name_words_idx`);
    await q.query(`DROP INDEX users_handle_prefix_idx`);
  }
}
