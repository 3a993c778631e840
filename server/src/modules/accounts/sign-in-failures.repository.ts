import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FailureRecord } from './domain/sign-in-backoff';

/**
 * The SQL of `sign_in_failures`: failure counts per key (account, or account and client). Methods that must run in
 * the caller's transaction take its EntityManager, last, as every accounts repository does.
 */
@Injectable()
export class SignInFailuresRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Takes the keys' transaction locks in a fixed order (no deadlocks) and reads their records and the database clock.
   * The locks are held until the caller's transaction ends.
   */
  async lockAndRead(keys: string[], manager: EntityManager): Promise<{ now: Date; records: Map<string, FailureRecord> }> {
    const sorted = [...keys].sort();
    for (const key of sorted) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key]);
    const [{ now }] = await manager.query(`SELECT clock_timestamp() AS now`);
    const rows: Array<{ key: string; failures: number; last_failure_at: Date }> = await manager.query(
      `SELECT key, failures, last_failure_at FROM sign_in_failures WHERE key = ANY ($1)`,
      [sorted],
    );
    return { now, records: new Map(rows.map((r) => [r.key, { failures: r.failures, lastFailureAt: r.last_failure_at }])) };
  }

  async upsert(key: string, record: FailureRecord, forgetAt: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO sign_in_failures (key, failures, last_failure_at, forget_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at, forget_at = excluded.forget_at`,
      [key, record.failures, record.lastFailureAt, forgetAt],
    );
  }

  async deleteKey(key: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM sign_in_failures WHERE key = $1`, [key]);
  }

  /** Takes one counted failure back from the key (never below zero). */
  async takeBackOneFailure(key: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE key = $1`, [key]);
  }

  async deleteForgotten(): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE forget_at < now()`);
  }
}
