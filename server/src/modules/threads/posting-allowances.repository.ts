import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** What an allowance decision reads: the database clock, the account's age and the stored theoretical arrival time. */
export interface AllowanceState {
  now: Date;
  createdAt: Date;
  tat: Date | null;
}

/** The posting_allowances table (flood control, issue 6 §3): one row per user and action. */
@Injectable()
export class PostingAllowancesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Serialises takers of one user's allowance for one action until the transaction ends (any instance). */
  async lock(userId: string, action: string, m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`posting:${action}:${userId}`]);
  }

  /** The clock (read now, under the lock), the account's creation and its allowance; null when there is no such user. */
  async read(userId: string, action: string, m: EntityManager): Promise<AllowanceState | null> {
    const [row]: Array<{ now: Date; created_at: Date; tat: Date | null }> = await m.query(
      `SELECT clock_timestamp() AS now, u.created_at, a.tat
           FROM users u LEFT JOIN posting_allowances a ON a.user_id = u.id AND a.action = $2
          WHERE u.id = $1`,
      [userId, action],
    );
    return row ? { now: row.now, createdAt: row.created_at, tat: row.tat } : null;
  }

  async save(userId: string, action: string, tat: Date, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO posting_allowances (user_id, action, tat) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, action) DO UPDATE SET tat = excluded.tat`,
      [userId, action, tat],
    );
  }

  /** Deletes allowances that are back to full (their arrival time has passed). */
  async deleteFull(): Promise<void> {
    await this.db.query(`DELETE FROM posting_allowances WHERE tat < now()`);
  }
}
