import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support tickets (issue 10), first step: a thread escalated into a ticket with a sequential number, its priority and
 * the details the support policy asks for, its first-response due time from the business calendar, and a timeline.
 * Public replies and internal notes, and the pauses of the SLA clock while a ticket waits on the customer.
 * Attachments come with the next steps of the issue.
 */
export class Tickets1764180000000 implements MigrationInterface {
  name = 'Tickets1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE ticket_number_seq START WITH 1001`);
    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL DEFAULT nextval('ticket_number_seq'),
        -- One ticket per thread: escalating again returns it.
        thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
        requester_id uuid NOT NULL REFERENCES users (id),
        organization_id uuid NULL REFERENCES organizations (id) ON DELETE SET NULL,
        -- The plan when it was opened: its SLA does not change if the organization's plan does.
        plan text NOT NULL CHECK (plan IN ('STANDARD', 'ENTERPRISE')),
        priority text NOT NULL CHECK (priority IN ('STANDARD', 'CRITICAL', 'EMERGENCY')),
        emergency_reason text NULL CHECK (emergency_reason IN ('OUTAGE', 'CRITICAL_INTEGRATION_FAILURE', 'SECURITY_INCIDENT', 'DATA_LOSS')),
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED')),
        escalation_level text NOT NULL DEFAULT 'TIER1' CHECK (escalation_level IN ('TIER1', 'TIER2', 'ENGINEERING', 'EXECUTIVE')),
        assignee_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        what_happened text NOT NULL CHECK (char_length(what_happened) BETWEEN 1 AND 10000),
        expected text NOT NULL DEFAULT '' CHECK (char_length(expected) <= 10000),
        error_messages text NOT NULL DEFAULT '' CHECK (char_length(error_messages) <= 10000),
        steps_to_reproduce text NOT NULL DEFAULT '' CHECK (char_length(steps_to_reproduce) <= 10000),
        affected text NOT NULL DEFAULT '' CHECK (char_length(affected) <= 10000),
        business_impact text NOT NULL DEFAULT '' CHECK (char_length(business_impact) <= 10000),
        opened_at timestamptz NOT NULL DEFAULT now(),
        -- NULL: the plan promises no first response for this priority.
        first_response_due_at timestamptz NULL,
        first_responded_at timestamptz NULL,
        solved_at timestamptz NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((priority = 'EMERGENCY') = (emergency_reason IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX tickets_number_key ON tickets (number)`);
    await q.query(`CREATE UNIQUE INDEX tickets_thread_key ON tickets (thread_id)`);
    await q.query(`CREATE INDEX tickets_requester_idx ON tickets (requester_id, opened_at DESC)`);

    await q.query(`
      CREATE TABLE ticket_events (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        actor_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('OPENED', 'STATUS', 'LEVEL', 'ASSIGNEE', 'PRIORITY', 'BREACH')),
        from_value text NULL,
        to_value text NULL,
        reason text NOT NULL DEFAULT '' CHECK (char_length(reason) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, id)`);

    await q.query(`
      CREATE TABLE ticket_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        author_id uuid NULL REFERENCES users (id) ON DELETE SET NULL,
        -- An internal note: staff only, by every path.
        internal boolean NOT NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 20000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, created_at, id)`);

    // While PENDING (waiting on the customer) the SLA clock stops: one row per pause, open while it lasts.
    await q.query(`
      CREATE TABLE ticket_pauses (
        ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        ended_at timestamptz NULL CHECK (ended_at IS NULL OR ended_at >= started_at),
        PRIMARY KEY (ticket_id, started_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX ticket_pauses_open_key ON ticket_pauses (ticket_id) WHERE ended_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ticket_pauses`);
    await q.query(`DROP TABLE ticket_messages`);
    await q.query(`DROP TABLE ticket_events`);
    await q.query(`DROP TABLE tickets`);
    await q.query(`DROP SEQUENCE ticket_number_seq`);
  }
}
