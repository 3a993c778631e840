import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organizations and sessions (issue: Foundation). */
export class Foundation1764130000000 implements MigrationInterface {
  name = 'Foundation1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        plan text NOT NULL DEFAULT 'STANDARD' CHECK (plan IN ('STANDARD', 'ENTERPRISE')),
        account_manager_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name))`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NULL CHECK (email = lower(email) AND char_length(email) <= 254),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 60),
        -- NULL: an account that cannot sign in (imported and not yet claimed)
        password_hash text NULL,
        roles text[] NOT NULL DEFAULT '{MEMBER}'
          CHECK (roles <@ ARRAY['MEMBER', 'EXPERT', 'STAFF', 'MODERATOR', 'ADMIN']::text[] AND cardinality(roles) >= 1),
        organization_id uuid NULL REFERENCES organizations (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (email IS NOT NULL OR password_hash IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_organization_id_idx ON users (organization_id)`);
    await q.query(`
      ALTER TABLE organizations ADD CONSTRAINT organizations_account_manager_fk
        FOREIGN KEY (account_manager_id) REFERENCES users (id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        -- SHA-256 of the cookie token; the token itself is never stored
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_expires_at_idx ON sessions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sessions`);
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_account_manager_fk`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
  }
}
