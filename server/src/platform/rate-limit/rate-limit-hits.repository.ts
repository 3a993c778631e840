import { Injectable, Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What a hit answers (the package's index does not export the record type). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Each instance deletes ended windows at most this often. */
const SWEEP_INTERVAL_MS = 60_000;

interface HitRow {
  hits: number;
  window_ms: number;
  block_ms: number | null;
}

/**
 * Rate-limit counters in PostgreSQL (the rate_limit_hits table), shared by every instance: the default storage, so a
 * limit holds across instances without Redis. One statement per hit, an atomic upsert on the key, reads the database's
 * clock; it follows @nestjs/throttler's rules: a fixed window of `ttl` ms, and past `limit` hits the key is refused
 * for `blockDuration` ms (0: until the window ends), then counts again from one.
 */
@Injectable()
export class PostgresRateLimitStorage implements ThrottlerStorage {
  private readonly logger = new Logger(PostgresRateLimitStorage.name);
  private lastSweep = Date.now();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    this.sweepNowAndThen();
    // $5: when a key passing its limit is let go again (a block of its own, or the window's end).
    const [row]: HitRow[] = await this.db.query(
      `WITH p AS (SELECT now() AS now, $2::float8 * interval '1 millisecond' AS ttl, $4::float8 * interval '1 millisecond' AS block)
       INSERT INTO rate_limit_hits AS r (key, hits, window_ends_at, blocked_until)
       SELECT $1, 1, p.now + p.ttl, CASE WHEN 1 > $3 THEN p.now + CASE WHEN $4 > 0 THEN p.block ELSE p.ttl END END FROM p
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.blocked_until > now() THEN r.hits
                     WHEN r.window_ends_at <= now() OR r.blocked_until IS NOT NULL THEN 1
                     ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.blocked_until > now() THEN r.window_ends_at
                               WHEN r.window_ends_at <= now() OR r.blocked_until IS NOT NULL THEN excluded.window_ends_at
                               ELSE r.window_ends_at END,
         blocked_until = CASE WHEN r.blocked_until > now() THEN r.blocked_until
                              WHEN r.window_ends_at <= now() OR r.blocked_until IS NOT NULL THEN excluded.blocked_until
                              WHEN r.hits + 1 > $3 THEN CASE WHEN $4 > 0 THEN now() + $4::float8 * interval '1 millisecond' ELSE r.window_ends_at END
                              ELSE NULL END
       RETURNING hits,
                 extract(epoch FROM window_ends_at - now()) * 1000 AS window_ms,
                 extract(epoch FROM blocked_until - now()) * 1000 AS block_ms`,
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    );
    return toRecord(row.hits, Number(row.window_ms), row.block_ms === null ? null : Number(row.block_ms));
  }

  /** Deletes the windows that ended and are not blocking (no index: a sequential scan of a small table, once a minute). */
  async sweep(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.db.query(
      `DELETE FROM rate_limit_hits WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
    return deleted;
  }

  private sweepNowAndThen(): void {
    if (Date.now() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = Date.now();
    // Off the request's path: a failed sweep only leaves rows for the next one.
    this.sweep().catch((err: Error) => this.logger.warn(`Could not sweep rate-limit windows: ${err.message}`));
  }
}

/** The throttler's record from a count and the milliseconds left in the window and the block (null: not blocked). */
export function toRecord(hits: number, windowMs: number, blockMs: number | null): ThrottlerStorageRecord {
  const isBlocked = blockMs !== null && blockMs > 0;
  return {
    totalHits: hits,
    timeToExpire: Math.max(0, Math.ceil(windowMs / 1000)),
    isBlocked,
    timeToBlockExpire: isBlocked ? Math.max(1, Math.ceil(blockMs / 1000)) : 0,
  };
}
