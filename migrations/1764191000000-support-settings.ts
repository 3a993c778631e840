import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admin-editable support calendar and SLA targets (issue 10, items 4 and 5). One settings row (time zone, holiday
 * source), the opening hours per weekday (a closed day has no row), the admins' extra holidays and the source holidays
 * they work, and the first-response targets per plan and priority (no row: the plan does not offer that priority).
 * Seeded with the policy's defaults (DESIGN.md): Monday–Friday 09:00–18:00 America/New_York, US federal holidays,
 * STANDARD 9 and CRITICAL 4 business hours, EMERGENCY 60 minutes around the clock for ENTERPRISE.
 */
export class SupportSettings1764191000000 implements MigrationInterface {
  name = 'SupportSettings1764191000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        -- An IANA zone; the service checks the name against the time-zone database (luxon) before saving.
        time_zone text NOT NULL DEFAULT 'America/New_York' CHECK (time_zone ~ '^[A-Za-z0-9_+/-]{1,64}$'),
        holiday_source text NOT NULL DEFAULT 'US_FEDERAL' CHECK (holiday_source IN ('US_FEDERAL', 'NONE')),
        updated_by uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO support_settings DEFAULT VALUES`);

    await q.query(`
      CREATE TABLE support_hours (
        -- ISO weekday: 1 Monday .. 7 Sunday. One window per open day, in the calendar's local time.
        weekday smallint PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
        opens time NOT NULL CHECK (opens < '24:00'),
        closes time NOT NULL CHECK (closes <= '24:00'),
        CHECK (opens < closes),
        CHECK (date_part('second', opens) = 0 AND date_part('second', closes) = 0)
      )`);
    await q.query(`INSERT INTO support_hours (weekday, opens, closes) SELECT d, '09:00', '18:00' FROM generate_series(1, 5) AS d`);

    await q.query(`
      CREATE TABLE support_extra_holidays (
        date date PRIMARY KEY,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80)
      )`);
    await q.query(`
      CREATE TABLE support_worked_holidays (
        -- A holiday of the source that is a working day here.
        date date PRIMARY KEY
      )`);

    await q.query(`
      CREATE TABLE sla_targets (
        plan text NOT NULL CHECK (plan IN ('STANDARD', 'ENTERPRISE')),
        priority text NOT NULL CHECK (priority IN ('STANDARD', 'CRITICAL', 'EMERGENCY')),
        -- At most 30 days; business-clock targets are bounded further by the hours (domain/support-settings.ts).
        first_response_minutes integer NOT NULL CHECK (first_response_minutes BETWEEN 1 AND 43200),
        clock text NOT NULL CHECK (clock IN ('BUSINESS', 'WALL')),
        PRIMARY KEY (plan, priority),
        -- The policy: emergency support is for enterprise customers only, and only it runs around the clock.
        CHECK (priority <> 'EMERGENCY' OR plan = 'ENTERPRISE'),
        CHECK (clock = 'BUSINESS' OR priority = 'EMERGENCY')
      )`);
    await q.query(`
      INSERT INTO sla_targets (plan, priority, first_response_minutes, clock) VALUES
        ('STANDARD', 'STANDARD', 540, 'BUSINESS'),
        ('STANDARD', 'CRITICAL', 240, 'BUSINESS'),
        ('ENTERPRISE', 'STANDARD', 540, 'BUSINESS'),
        ('ENTERPRISE', 'CRITICAL', 240, 'BUSINESS'),
        ('ENTERPRISE', 'EMERGENCY', 60, 'WALL')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sla_targets`);
    await q.query(`DROP TABLE support_worked_holidays`);
    await q.query(`DROP TABLE support_extra_holidays`);
    await q.query(`DROP TABLE support_hours`);
    await q.query(`DROP TABLE support_settings`);
  }
}
