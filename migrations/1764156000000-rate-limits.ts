import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State for the rate limits of issue 6 §3, in PostgreSQL so it holds across instances and restarts:
 * sign-in failures per (account, client) and per account, the devices trusted for an account, and each user's
 * posting allowance. Every row has a time after which it means nothing and is pruned.
 */
export class RateLimits1764156000000 implements MigrationInterface {
  name = 'RateLimits1764156000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_failures (
        -- 'pair:' or 'account:' and a SHA-256 of the email (and client): no address or email is stored in clear.
        key text PRIMARY KEY CHECK (key ~ '^(pair|account):[0-9a-f]{64}$'),
        failures integer NOT NULL CHECK (failures >= 0),
        last_failure_at timestamptz NOT NULL,
        -- The end of the current lock plus the memory: after this the row means nothing.
        forget_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_failures_forget_idx ON sign_in_failures (forget_at)`);

    await q.query(`
      CREATE TABLE trusted_devices (
        -- SHA-256 of the random token in the device cookie; one browser may be trusted for several accounts.
        token_hash bytea NOT NULL CHECK (octet_length(token_hash) = 32),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (token_hash, user_id)
      )`);
    await q.query(`CREATE INDEX trusted_devices_user_idx ON trusted_devices (user_id)`);
    await q.query(`CREATE INDEX trusted_devices_last_used_idx ON trusted_devices (last_used_at)`);

    await q.query(`
      CREATE TABLE posting_allowances (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('post', 'edit')),
        -- GCRA's theoretical arrival time; once in the past the user has a full allowance again.
        tat timestamptz NOT NULL,
        PRIMARY KEY (user_id, action)
      )`);
    await q.query(`CREATE INDEX posting_allowances_tat_idx ON posting_allowances (tat)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE posting_allowances`);
    await q.query(`DROP TABLE trusted_devices`);
    await q.query(`DROP TABLE sign_in_failures`);
  }
}
