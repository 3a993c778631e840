import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forum positions are unique (issue 6: ten concurrent createForum calls got nine equal positions). Duplicates are
 * renumbered in display order first. DEFERRABLE so that one statement may permute positions (reorderForums swaps
 * them in a single UPDATE); PostgreSQL then checks at the end of the statement instead of row by row.
 */
export class ForumPositions1764155000000 implements MigrationInterface {
  name = 'ForumPositions1764155000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE forums f SET position = o.pos
        FROM (SELECT id, (row_number() OVER (ORDER BY position, name, id) - 1)::int AS pos FROM forums) o
       WHERE f.id = o.id AND f.position <> o.pos`);
    await q.query(`ALTER TABLE forums ADD CONSTRAINT forums_position_key UNIQUE (position) DEFERRABLE INITIALLY IMMEDIATE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forums DROP CONSTRAINT forums_position_key`);
  }
}
