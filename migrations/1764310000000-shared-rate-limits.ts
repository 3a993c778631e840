import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fixed-window counters for the rate limits that must hold across instances (issue 12): the per-client-address auth
 * limit and the per-person or per-address limits on searches, suggestions and password-reset requests. UNLOGGED: a
 * crash may forget the current minute's counts, which costs nothing, and each hit skips the WAL. No index besides the
 * key, so every hit is a HOT update of one row; old rows are swept by a sequential DELETE at most once a minute.
 */
export class SharedRateLimits1764310000000 implements MigrationInterface {
  name = 'SharedRateLimits1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_hits (
        -- The limit's name and the caller's key (a hash, a user id or a client address).
        key text PRIMARY KEY CHECK (length(key) <= 300),
        hits integer NOT NULL CHECK (hits >= 0),
        window_ends_at timestamptz NOT NULL,
        -- Set once the limit is passed: refused until then, and the count starts again after.
        blocked_until timestamptz
      ) WITH (fillfactor = 70)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_hits`);
  }
}
