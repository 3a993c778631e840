import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailDelivery, EmailPreference } from './domain/email-preferences';

export type MailPurpose = 'PASSWORD_RESET' | 'NOTIFICATION' | 'DIGEST';

export interface MailOutboxRow {
  id: string;
  recipientId: string;
  purpose: MailPurpose;
  notificationId: string | null;
  payload: Record<string, string>;
  attempts: number;
}

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

/** The SQL of outgoing mail: the outbox, preferences, digest cursors and the signing secret. */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async queue(m: EntityManager, row: { recipientId: string; purpose: MailPurpose; payload?: Record<string, string> }): Promise<void> {
    await m.query(`INSERT INTO mail_outbox (recipient_id, purpose, payload) VALUES ($1, $2, $3)`, [row.recipientId, row.purpose, row.payload ?? {}]);
  }

  /**
   * Queues one message per notification whose recipient wants that kind emailed at once (their choice, or the kind's
   * default: `immediateKinds` lists the kinds whose default is IMMEDIATE).
   */
  async queueImmediateNotifications(m: EntityManager, notificationIds: readonly string[], immediateKinds: readonly string[]): Promise<void> {
    if (!notificationIds.length) return;
    await m.query(
      `INSERT INTO mail_outbox (recipient_id, purpose, notification_id)
       SELECT n.recipient_id, 'NOTIFICATION', n.id
         FROM notifications n
         LEFT JOIN email_preferences ep ON ep.user_id = n.recipient_id AND ep.kind = n.kind
        WHERE n.id = ANY($1::uuid[])
          AND coalesce(ep.delivery, CASE WHEN n.kind = ANY($2::text[]) THEN 'IMMEDIATE' ELSE 'DAILY' END) = 'IMMEDIATE'`,
      [notificationIds, immediateKinds],
    );
  }

  /** Due rows, locked for the caller's transaction (SKIP LOCKED: concurrent drainers take different rows). */
  claimDue(m: EntityManager, limit: number): Promise<MailOutboxRow[]> {
    return m.query(
      `SELECT id, recipient_id AS "recipientId", purpose, notification_id AS "notificationId", payload, attempts
         FROM mail_outbox WHERE failed_at IS NULL AND next_attempt_at <= now()
        ORDER BY next_attempt_at, created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async delete(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM mail_outbox WHERE id = $1`, [id]);
  }

  /** Counts a failed send: retried after `retrySeconds`, or given up on (failed_at) when that is null. */
  async recordFailure(m: EntityManager, id: string, error: string, retrySeconds: number | null): Promise<void> {
    await m.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
              next_attempt_at = CASE WHEN $3::int IS NULL THEN next_attempt_at ELSE now() + make_interval(secs => $3::int) END,
              failed_at = CASE WHEN $3::int IS NULL THEN now() ELSE NULL END
        WHERE id = $1`,
      [id, error.slice(0, 1000), retrySeconds],
    );
  }

  async recipient(m: EntityManager, userId: string): Promise<Recipient | null> {
    const [row] = await m.query(`SELECT id, email, display_name AS "displayName" FROM users WHERE id = $1 AND email IS NOT NULL`, [userId]);
    return row ?? null;
  }

  async preferences(userId: string, m: EntityManager = this.db.manager): Promise<EmailPreference[]> {
    return m.query(`SELECT kind, delivery FROM email_preferences WHERE user_id = $1`, [userId]);
  }

  async savePreferences(userId: string, prefs: readonly EmailPreference[], m: EntityManager = this.db.manager): Promise<void> {
    if (!prefs.length) return;
    await m.query(
      `INSERT INTO email_preferences (user_id, kind, delivery)
       SELECT $1, k, d FROM unnest($2::text[], $3::text[]) AS x(k, d)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery, updated_at = now()`,
      [userId, prefs.map((p) => p.kind), prefs.map((p) => p.delivery)],
    );
  }

  async userExists(userId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    return rows.length > 0;
  }

  /**
   * People with notifications after their digest cursor (or in the last day, before their first digest) of a kind they
   * get daily; moves each cursor to `until` and queues one DIGEST message per person covering (from, until].
   */
  async queueDigests(until: Date, dailyByDefault: readonly string[]): Promise<number> {
    return this.db.transaction(async (m) => {
      const rows: { userId: string; from: Date }[] = await m.query(
        `SELECT n.recipient_id AS "userId", coalesce(c.covered_until, $1::timestamptz - interval '1 day') AS "from"
           FROM notifications n
           LEFT JOIN email_digest_cursors c ON c.user_id = n.recipient_id
           LEFT JOIN email_preferences ep ON ep.user_id = n.recipient_id AND ep.kind = n.kind
          WHERE n.created_at > coalesce(c.covered_until, $1::timestamptz - interval '1 day') AND n.created_at <= $1
            AND coalesce(ep.delivery, CASE WHEN n.kind = ANY($2::text[]) THEN 'DAILY' ELSE 'IMMEDIATE' END) = 'DAILY'
          GROUP BY n.recipient_id, c.covered_until`,
        [until, dailyByDefault],
      );
      if (!rows.length) return 0;
      await m.query(
        `INSERT INTO mail_outbox (recipient_id, purpose, payload)
         SELECT u, 'DIGEST', jsonb_build_object('from', f, 'until', $3::timestamptz) FROM unnest($1::uuid[], $2::timestamptz[]) AS x(u, f)`,
        [rows.map((r) => r.userId), rows.map((r) => r.from), until],
      );
      await m.query(
        `INSERT INTO email_digest_cursors (user_id, covered_until) SELECT u, $2 FROM unnest($1::uuid[]) AS x(u)
         ON CONFLICT (user_id) DO UPDATE SET covered_until = excluded.covered_until`,
        [rows.map((r) => r.userId), until],
      );
      return rows.length;
    });
  }

  /** The notifications a digest covers: those in (from, until] of the kinds the person gets daily now. */
  async digestNotificationIds(m: EntityManager, userId: string, from: string, until: string, dailyByDefault: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT n.id FROM notifications n
         LEFT JOIN email_preferences ep ON ep.user_id = n.recipient_id AND ep.kind = n.kind
        WHERE n.recipient_id = $1 AND n.created_at > $2 AND n.created_at <= $3
          AND coalesce(ep.delivery, CASE WHEN n.kind = ANY($4::text[]) THEN 'DAILY' ELSE 'IMMEDIATE' END) = 'DAILY'
        ORDER BY n.created_at LIMIT 100`,
      [userId, from, until, dailyByDefault],
    );
    return rows.map((r) => r.id);
  }

  /** The named secret, generated (32 random bytes) and stored the first time it is asked for. */
  async secret(name: string): Promise<Buffer> {
    await this.db.query(`INSERT INTO mail_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, randomBytes(32)]);
    const [row] = await this.db.query(`SELECT secret FROM mail_secrets WHERE name = $1`, [name]);
    return row.secret;
  }
}

export type { EmailDelivery };
