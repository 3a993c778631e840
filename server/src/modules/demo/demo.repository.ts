import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * The demo seeder's own SQL: what the product has no service for because only a demo needs it (an organization made
 * with its manager, a pinned thread without a moderation reason, dates spread over the past weeks).
 */
@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forumCount(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM forums`);
    return n;
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id FROM users WHERE email = $1`, [email]);
    return rows[0]?.id ?? null;
  }

  /** The organization's id, or null when one of that name exists already. */
  async insertOrganization(org: { name: string; plan: string; accountManagerId: string }): Promise<string | null> {
    const [row] = await this.db.query(`INSERT INTO organizations (name, plan, account_manager_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`, [
      org.name,
      org.plan,
      org.accountManagerId,
    ]);
    return row?.id ?? null;
  }

  async assignToOrganization(organizationId: string, userIds: string[]): Promise<void> {
    await this.db.query(`UPDATE users SET organization_id = $1 WHERE id = ANY ($2::uuid[])`, [organizationId, userIds]);
  }

  async pin(threadId: string): Promise<void> {
    await this.db.query(`UPDATE threads SET pinned_at = now() WHERE id = $1`, [threadId]);
  }

  /** Spreads a thread over the past days (replies an hour or two apart) so the demo looks lived in. */
  async backdate(threadId: string, daysAgo: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE posts SET created_at = now() - make_interval(days => $2) + make_interval(hours => (post_number - 1) * 2)
          WHERE thread_id = $1`,
        [threadId, daysAgo],
      );
      await tx.query(`UPDATE post_revisions r SET created_at = p.created_at FROM posts p WHERE p.id = r.post_id AND p.thread_id = $1`, [threadId]);
      await tx.query(`UPDATE threads SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [threadId, daysAgo]);
      await tx.query(
        `UPDATE accepted_answers a SET accepted_at = p.created_at + interval '30 minutes' FROM posts p WHERE p.id = a.post_id AND a.thread_id = $1`,
        [threadId],
      );
      // The bell's notifications about these posts happened when the posts did (an acceptance half an hour later).
      await tx.query(
        `UPDATE notifications n
            SET created_at = p.created_at + CASE WHEN n.kind = 'ANSWER_ACCEPTED' THEN interval '30 minutes' ELSE interval '0' END
           FROM posts p WHERE p.id = n.post_id AND p.thread_id = $1`,
        [threadId],
      );
    });
  }
}
