import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support tickets (issue 10), the SLA clock's state and its notifications:
 * - the first-response target a ticket was opened with (its promise does not change when admins edit the targets
 *   later; the business calendar's hours and holidays in force apply when its due time is recomputed);
 * - when a ticket's first response becomes at risk (75% of the target used) and when its breach was recorded, so the
 *   staff queue filters and sorts on them in SQL;
 * - the post a ticket's resolution was posted back to its thread as;
 * - ticket notifications (replies, status changes, assignment, breaches), whose subject is the ticket: shown only while
 *   their reader is its requester or staff.
 */
export class TicketSla1764192000000 implements MigrationInterface {
  name = 'TicketSla1764192000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tickets
        ADD COLUMN first_response_target_minutes integer NULL CHECK (first_response_target_minutes > 0),
        ADD COLUMN first_response_clock text NULL CHECK (first_response_clock IN ('BUSINESS', 'WALL')),
        ADD COLUMN first_response_at_risk_at timestamptz NULL,
        ADD COLUMN first_response_breached_at timestamptz NULL,
        ADD COLUMN resolution_post_id uuid NULL REFERENCES posts (id) ON DELETE SET NULL,
        ADD CHECK (first_response_at_risk_at IS NULL OR first_response_due_at IS NOT NULL),
        ADD CHECK ((first_response_target_minutes IS NULL) = (first_response_clock IS NULL))`);
    // Tickets opened before this step got the defaults of their priority (DESIGN.md).
    await q.query(`
      UPDATE tickets SET
        first_response_target_minutes = CASE priority WHEN 'STANDARD' THEN 540 WHEN 'CRITICAL' THEN 240 ELSE 60 END,
        first_response_clock = CASE priority WHEN 'EMERGENCY' THEN 'WALL' ELSE 'BUSINESS' END`);
    // The staff queue: open tickets by due time, and the breach sweep's scan.
    await q.query(`CREATE INDEX tickets_queue_idx ON tickets (first_response_due_at, number) WHERE status NOT IN ('SOLVED', 'CLOSED')`);
    await q.query(`CREATE INDEX tickets_solved_idx ON tickets (solved_at) WHERE status = 'SOLVED'`);
    await q.query(`ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_kind_check`);
    await q.query(`ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_kind_check
      CHECK (kind IN ('OPENED', 'STATUS', 'LEVEL', 'ASSIGNEE', 'PRIORITY', 'BREACH', 'RESOLUTION'))`);

    await q.query(`ALTER TABLE notifications ADD COLUMN ticket_id uuid NULL REFERENCES tickets (id) ON DELETE CASCADE`);
    await q.query(`CREATE INDEX notifications_ticket_idx ON notifications (ticket_id) WHERE ticket_id IS NOT NULL`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
      'MENTION', 'GROUP_JOIN_REQUESTED', 'GROUP_REQUEST_APPROVED', 'GROUP_REQUEST_DENIED', 'GROUP_INVITATION',
      'TICKET_REPLY', 'TICKET_STATUS', 'TICKET_ASSIGNED', 'TICKET_CUSTOMER_REPLY', 'TICKET_BREACHED'))`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check
      CHECK (group_id IS NOT NULL OR post_id IS NOT NULL OR ticket_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE ticket_id IS NOT NULL`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_subject_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_check CHECK (group_id IS NOT NULL OR post_id IS NOT NULL)`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
      CHECK (kind IN ('MENTION', 'GROUP_JOIN_REQUESTED', 'GROUP_REQUEST_APPROVED', 'GROUP_REQUEST_DENIED', 'GROUP_INVITATION'))`);
    await q.query(`ALTER TABLE notifications DROP COLUMN ticket_id`);
    await q.query(`DELETE FROM ticket_events WHERE kind = 'RESOLUTION'`);
    await q.query(`ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_kind_check`);
    await q.query(`ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_kind_check
      CHECK (kind IN ('OPENED', 'STATUS', 'LEVEL', 'ASSIGNEE', 'PRIORITY', 'BREACH'))`);
    await q.query(`DROP INDEX tickets_solved_idx`);
    await q.query(`DROP INDEX tickets_queue_idx`);
    await q.query(`ALTER TABLE tickets DROP COLUMN resolution_post_id, DROP COLUMN first_response_breached_at, DROP COLUMN first_response_at_risk_at,
      DROP COLUMN first_response_clock, DROP COLUMN first_response_target_minutes`);
  }
}
