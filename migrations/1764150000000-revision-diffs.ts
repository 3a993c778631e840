import type { MigrationInterface, QueryRunner } from 'typeorm';
import { diffText } from '../server/src/modules/content/domain/text-diff';

/**
 * Revision diffs computed once, when a revision is saved (reading history computes nothing), and redaction of a
 * revision's text by moderators and staff (issue 6: a pasted API key must not stay public in the history).
 */
export class RevisionDiffs1764150000000 implements MigrationInterface {
  name = 'RevisionDiffs1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE post_revisions
        ADD COLUMN body_diff jsonb NULL,
        ADD COLUMN redacted_at timestamptz NULL,
        ADD COLUMN redacted_by_id uuid NULL REFERENCES users (id),
        ADD CONSTRAINT post_revisions_redaction_check CHECK ((redacted_at IS NULL) = (redacted_by_id IS NULL))`);
    // Existing histories: diff each revision against the one before it, in bounded batches.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const posts: Array<{ post_id: string }> = await q.query(
        `SELECT post_id FROM post_revisions WHERE post_id > $1 GROUP BY post_id HAVING count(*) > 1 ORDER BY post_id LIMIT 200`,
        [after],
      );
      if (!posts.length) break;
      for (const { post_id } of posts) {
        const revisions: Array<{ id: string; body_source: string }> = await q.query(
          `SELECT id, body_source FROM post_revisions WHERE post_id = $1 ORDER BY revision`,
          [post_id],
        );
        for (let i = 1; i < revisions.length; i++) {
          await q.query(`UPDATE post_revisions SET body_diff = $2 WHERE id = $1`, [
            revisions[i].id,
            JSON.stringify(diffText(revisions[i - 1].body_source, revisions[i].body_source)),
          ]);
        }
      }
      after = posts[posts.length - 1].post_id;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE post_revisions DROP CONSTRAINT post_revisions_redaction_check, DROP COLUMN body_diff, DROP COLUMN redacted_at, DROP COLUMN redacted_by_id`,
    );
  }
}
