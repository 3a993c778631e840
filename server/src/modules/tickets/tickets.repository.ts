import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { byKeys, loaderKey, type LoaderRegistry } from '../../platform/graphql/loaders';

export interface TicketRow {
  id: string;
  number: number;
  threadId: string;
  requesterId: string;
  organizationId: string | null;
  plan: 'STANDARD' | 'ENTERPRISE';
  priority: 'STANDARD' | 'CRITICAL' | 'EMERGENCY';
  emergencyReason: string | null;
  status: string;
  escalationLevel: string;
  assigneeId: string | null;
  whatHappened: string;
  expected: string;
  errorMessages: string;
  stepsToReproduce: string;
  affected: string;
  businessImpact: string;
  openedAt: Date;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  solvedAt: Date | null;
  /** The first-response promise made when the ticket opened (null: none). */
  firstResponseTargetMinutes: number | null;
  firstResponseClock: 'BUSINESS' | 'WALL' | null;
  firstResponseAtRiskAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionPostId: string | null;
}

export interface TicketMessageRow {
  id: string;
  authorId: string | null;
  internal: boolean;
  body: string;
  createdAt: Date;
}

export interface TicketEventRow {
  id: string;
  actorId: string | null;
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  reason: string;
  createdAt: Date;
}

export type NewTicket = Omit<
  TicketRow,
  'id' | 'number' | 'status' | 'escalationLevel' | 'assigneeId' | 'firstRespondedAt' | 'solvedAt' | 'firstResponseBreachedAt' | 'resolutionPostId'
> & {
  createdBy: string;
};

const COLUMNS = `id, number, thread_id AS "threadId", requester_id AS "requesterId", organization_id AS "organizationId", plan, priority,
  emergency_reason AS "emergencyReason", status, escalation_level AS "escalationLevel", assignee_id AS "assigneeId",
  what_happened AS "whatHappened", expected, error_messages AS "errorMessages", steps_to_reproduce AS "stepsToReproduce", affected,
  business_impact AS "businessImpact", opened_at AS "openedAt", first_response_due_at AS "firstResponseDueAt",
  first_responded_at AS "firstRespondedAt", solved_at AS "solvedAt", first_response_target_minutes AS "firstResponseTargetMinutes",
  first_response_clock AS "firstResponseClock", first_response_at_risk_at AS "firstResponseAtRiskAt",
  first_response_breached_at AS "firstResponseBreachedAt", resolution_post_id AS "resolutionPostId"`;

/** The staff queue's order: breached first (raised), then by first-response due time (none: last), then by number. */
const QUEUE_RANK = `CASE WHEN first_responded_at IS NULL AND first_response_due_at <= $1 THEN 0 ELSE 1 END`;
const QUEUE_DUE = `coalesce(CASE WHEN first_responded_at IS NULL THEN first_response_due_at END, 'infinity'::timestamptz)`;

export interface TicketQueueFilter {
  statuses: readonly string[];
  priorities: readonly string[] | null;
  /** A staff member's id, 'UNASSIGNED', or null for anyone. */
  assignee: string | null;
  organizationId: string | null;
  sla: 'BREACHED' | 'AT_RISK' | null;
}

/** Where the previous page of the queue ended, and the instant the first page was ranked at (kept for every page). */
export interface TicketQueueCursor {
  now: Date;
  rank: number;
  due: Date | null;
  number: number;
}

export type TicketQueueRow = TicketRow & { queueRank: number; queueDue: Date | null };

/** A ticket's messages and timeline are read whole: capped, oldest first (a longer ticket is a rare case to page later). */
const MESSAGES_MAX = 200;

const TICKET_BY_THREAD = loaderKey<string, TicketRow | null>('ticketByThread');

@Injectable()
export class TicketsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Opens the thread's ticket, or answers the one it has (one per thread: the unique index decides under races). */
  async openOnce(m: EntityManager, t: NewTicket): Promise<{ ticket: TicketRow; created: boolean }> {
    const inserted: TicketRow[] = await m.query(
      `INSERT INTO tickets (thread_id, requester_id, organization_id, plan, priority, emergency_reason, what_happened, expected,
                            error_messages, steps_to_reproduce, affected, business_impact, opened_at, first_response_due_at, created_by,
                            first_response_target_minutes, first_response_clock, first_response_at_risk_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (thread_id) DO NOTHING RETURNING ${COLUMNS}`,
      [
        t.threadId,
        t.requesterId,
        t.organizationId,
        t.plan,
        t.priority,
        t.emergencyReason,
        t.whatHappened,
        t.expected,
        t.errorMessages,
        t.stepsToReproduce,
        t.affected,
        t.businessImpact,
        t.openedAt,
        t.firstResponseDueAt,
        t.createdBy,
        t.firstResponseTargetMinutes,
        t.firstResponseClock,
        t.firstResponseAtRiskAt,
      ],
    );
    if (inserted.length) return { ticket: inserted[0], created: true };
    const [existing] = await m.query(`SELECT ${COLUMNS} FROM tickets WHERE thread_id = $1`, [t.threadId]);
    return { ticket: existing, created: false };
  }

  async recordEvent(
    m: EntityManager,
    e: { ticketId: string; actorId: string | null; kind: string; fromValue?: string | null; toValue?: string | null; reason?: string },
  ) {
    await m.query(`INSERT INTO ticket_events (ticket_id, actor_id, kind, from_value, to_value, reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
      e.ticketId,
      e.actorId,
      e.kind,
      e.fromValue ?? null,
      e.toValue ?? null,
      e.reason ?? '',
    ]);
  }

  /** The ticket, locked for the caller's transaction (replies and status changes on one ticket go one at a time). */
  async lockByNumber(m: EntityManager, number: number): Promise<TicketRow | null> {
    const [row] = await m.query(`SELECT ${COLUMNS} FROM tickets WHERE number = $1 FOR UPDATE`, [number]);
    return row ?? null;
  }

  async addMessage(m: EntityManager, ticketId: string, authorId: string, internal: boolean, body: string): Promise<void> {
    await m.query(`INSERT INTO ticket_messages (ticket_id, author_id, internal, body) VALUES ($1, $2, $3, $4)`, [ticketId, authorId, internal, body]);
  }

  /** Sets what changed (status, solved, first response, due time) and touches updated_at. */
  async update(
    m: EntityManager,
    ticketId: string,
    changes: {
      status?: string;
      solvedAt?: Date | null;
      firstRespondedAt?: Date;
      firstResponseDueAt?: Date | null;
      firstResponseAtRiskAt?: Date | null;
      firstResponseBreachedAt?: Date;
      assigneeId?: string | null;
      escalationLevel?: string;
      resolutionPostId?: string;
    },
  ): Promise<void> {
    const sets: string[] = ['updated_at = now()'];
    const params: unknown[] = [ticketId];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.status !== undefined) set('status', changes.status);
    if (changes.solvedAt !== undefined) set('solved_at', changes.solvedAt);
    if (changes.firstRespondedAt !== undefined) set('first_responded_at', changes.firstRespondedAt);
    if (changes.firstResponseDueAt !== undefined) set('first_response_due_at', changes.firstResponseDueAt);
    if (changes.firstResponseAtRiskAt !== undefined) set('first_response_at_risk_at', changes.firstResponseAtRiskAt);
    if (changes.firstResponseBreachedAt !== undefined) set('first_response_breached_at', changes.firstResponseBreachedAt);
    if (changes.resolutionPostId !== undefined) set('resolution_post_id', changes.resolutionPostId);
    if (changes.assigneeId !== undefined) set('assignee_id', changes.assigneeId);
    if (changes.escalationLevel !== undefined) set('escalation_level', changes.escalationLevel);
    await m.query(`UPDATE tickets SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  async startPause(m: EntityManager, ticketId: string, at: Date): Promise<void> {
    await m.query(`INSERT INTO ticket_pauses (ticket_id, started_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ticketId, at]);
  }

  async endPause(m: EntityManager, ticketId: string, at: Date): Promise<void> {
    await m.query(`UPDATE ticket_pauses SET ended_at = $2 WHERE ticket_id = $1 AND ended_at IS NULL`, [ticketId, at]);
  }

  async pauses(m: EntityManager, ticketId: string): Promise<Array<{ from: Date; to: Date | null }>> {
    return m.query(`SELECT started_at AS "from", ended_at AS "to" FROM ticket_pauses WHERE ticket_id = $1 ORDER BY started_at`, [ticketId]);
  }

  /** Messages oldest first; internal notes only when asked for (staff). */
  messages(ticketId: string, withInternal: boolean): Promise<TicketMessageRow[]> {
    return this.db.query(
      `SELECT id, author_id AS "authorId", internal, body, created_at AS "createdAt" FROM ticket_messages
        WHERE ticket_id = $1 AND ($2 OR NOT internal) ORDER BY created_at, id LIMIT ${MESSAGES_MAX}`,
      [ticketId, withInternal],
    );
  }

  timeline(ticketId: string): Promise<TicketEventRow[]> {
    return this.db.query(
      `SELECT id::text, actor_id AS "actorId", kind, from_value AS "fromValue", to_value AS "toValue", reason, created_at AS "createdAt"
         FROM ticket_events WHERE ticket_id = $1 ORDER BY id LIMIT ${MESSAGES_MAX}`,
      [ticketId],
    );
  }

  async byNumber(number: number): Promise<TicketRow | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM tickets WHERE number = $1`, [number]);
    return row ?? null;
  }

  /** A person's tickets, newest first. */
  byRequester(userId: string, limit: number): Promise<TicketRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM tickets WHERE requester_id = $1 ORDER BY opened_at DESC, number DESC LIMIT $2`, [userId, limit]);
  }

  /** The ticket of each thread (batched per request). */
  threadLoader(loaders: LoaderRegistry) {
    return loaders.get(TICKET_BY_THREAD, async (threadIds) => {
      const rows: TicketRow[] = await this.db.query(`SELECT ${COLUMNS} FROM tickets WHERE thread_id = ANY ($1::uuid[])`, [[...threadIds]]);
      return byKeys<string, TicketRow>(threadIds, rows, (t) => t.threadId);
    });
  }

  /**
   * One page of the staff queue (`limit` rows after the cursor), ranked at `now`: breached first, then by due time.
   * Every filter is a bound parameter; the partial index tickets_queue_idx serves the open statuses.
   */
  queue(filter: TicketQueueFilter, now: Date, after: TicketQueueCursor | null, limit: number): Promise<TicketQueueRow[]> {
    const params: unknown[] = [now];
    const where = this.queueWhere(filter, params, () => '$1');
    if (after) {
      params.push(after.rank, after.due ?? 'infinity', after.number);
      const n = params.length;
      where.push(`(${QUEUE_RANK}, ${QUEUE_DUE}, number) > ($${n - 2}::int, $${n - 1}::timestamptz, $${n}::int)`);
    }
    params.push(limit);
    return this.db.query(
      `SELECT ${COLUMNS}, ${QUEUE_RANK} AS "queueRank", nullif(${QUEUE_DUE}, 'infinity') AS "queueDue" FROM tickets
        WHERE ${where.join(' AND ')} ORDER BY ${QUEUE_RANK}, ${QUEUE_DUE}, number LIMIT $${params.length}`,
      params,
    );
  }

  async queueCount(filter: TicketQueueFilter, now: Date): Promise<number> {
    const params: unknown[] = [];
    let nowParam = '';
    const where = this.queueWhere(filter, params, () => {
      if (!nowParam) nowParam = `$${params.push(now)}::timestamptz`;
      return nowParam;
    });
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM tickets WHERE ${where.join(' AND ')}`, params);
    return row.n;
  }

  /** `now()` names the parameter holding the instant the queue is ranked at. */
  private queueWhere(filter: TicketQueueFilter, params: unknown[], now: () => string): string[] {
    const where: string[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    add((n) => `status = ANY ($${n}::text[])`, filter.statuses);
    if (filter.priorities) add((n) => `priority = ANY ($${n}::text[])`, filter.priorities);
    if (filter.assignee === 'UNASSIGNED') where.push('assignee_id IS NULL');
    else if (filter.assignee) add((n) => `assignee_id = $${n}`, filter.assignee);
    if (filter.organizationId) add((n) => `organization_id = $${n}`, filter.organizationId);
    if (filter.sla === 'BREACHED') {
      where.push(`(first_response_breached_at IS NOT NULL OR (first_responded_at IS NULL AND first_response_due_at <= ${now()})
        OR first_responded_at > first_response_due_at)`);
    }
    if (filter.sla === 'AT_RISK') {
      where.push(`(first_responded_at IS NULL AND first_response_breached_at IS NULL AND status <> 'PENDING'
        AND first_response_at_risk_at <= ${now()} AND first_response_due_at > ${now()})`);
    }
    return where;
  }

  /**
   * Open tickets whose first response is overdue and not yet recorded as breached, locked for the sweep (SKIP LOCKED:
   * a ticket someone is replying to waits for the next sweep).
   */
  lockOverdue(m: EntityManager, now: Date, limit: number): Promise<TicketRow[]> {
    return m.query(
      `SELECT ${COLUMNS} FROM tickets
        WHERE status NOT IN ('SOLVED', 'CLOSED') AND first_responded_at IS NULL AND first_response_breached_at IS NULL
          AND first_response_due_at <= $1
        ORDER BY first_response_due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
  }

  /** SOLVED tickets solved at or before `solvedBefore`, locked for the sweep that closes them. */
  lockSolvedBefore(m: EntityManager, solvedBefore: Date, limit: number): Promise<TicketRow[]> {
    return m.query(`SELECT ${COLUMNS} FROM tickets WHERE status = 'SOLVED' AND solved_at <= $1 ORDER BY solved_at LIMIT $2 FOR UPDATE SKIP LOCKED`, [
      solvedBefore,
      limit,
    ]);
  }
}
