import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { JobScheduler } from '../../platform/jobs/job-scheduler';
import { NotificationsService } from '../notifications/notifications.service';
import { canTransition, SOLVED_TO_CLOSED_DAYS } from './domain/ticket-rules';
import { TicketsRepository } from './tickets.repository';

/** The sweep's job name and schedule (every minute: a breach is recorded, and its assignee told, within a minute). */
export const TICKET_SWEEP_JOB = 'tickets-sla-sweep';
const TICKET_SWEEP_CRON = '* * * * *';
/** Tickets per transaction; a sweep runs batches until none is left (bounded per run). */
const BATCH = 100;
const MAX_BATCHES_PER_RUN = 50;

export interface SweepResult {
  breached: number;
  closed: number;
}

/**
 * The tickets' scheduled work (pg-boss, every minute; JobScheduler): records first-response breaches (timeline entry,
 * the assignee told; the queue already ranks an overdue ticket first) and closes tickets solved more than 7 days ago
 * (the requester told). Idempotent: a ticket is picked once, under its row lock, so two instances never double it.
 */
@Injectable()
export class TicketSweepService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: TicketsRepository,
    private readonly notifications: NotificationsService,
    @Inject(CLOCK) private readonly clock: Clock,
    scheduler: JobScheduler,
  ) {
    scheduler.every(TICKET_SWEEP_JOB, TICKET_SWEEP_CRON, () => this.sweep());
  }

  async sweep(now = this.clock.now()): Promise<SweepResult> {
    const result: SweepResult = { breached: 0, closed: 0 };
    for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
      const n = await this.recordBreaches(now);
      result.breached += n;
      if (n < BATCH) break;
    }
    for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
      const n = await this.closeSolved(now);
      result.closed += n;
      if (n < BATCH) break;
    }
    return result;
  }

  private recordBreaches(now: Date): Promise<number> {
    return this.db.transaction(async (m) => {
      const overdue = await this.tickets.lockOverdue(m, now, BATCH);
      for (const t of overdue) {
        // The breach happened when the first response fell due; the timeline entry says when it was seen.
        await this.tickets.update(m, t.id, { firstResponseBreachedAt: t.firstResponseDueAt! });
        await this.tickets.recordEvent(m, {
          ticketId: t.id,
          actorId: null,
          kind: 'BREACH',
          toValue: t.firstResponseDueAt!.toISOString(),
          reason: 'First response overdue',
        });
        if (t.assigneeId) {
          await this.notifications.notify(
            [
              {
                recipientId: t.assigneeId,
                kind: 'TICKET_BREACHED',
                actorId: null,
                ticketId: t.id,
                message: `First response was due ${t.firstResponseDueAt!.toISOString()}`,
              },
            ],
            m,
          );
        }
      }
      return overdue.length;
    });
  }

  private closeSolved(now: Date): Promise<number> {
    const solvedBefore = DateTime.fromJSDate(now).minus({ days: SOLVED_TO_CLOSED_DAYS }).toJSDate();
    return this.db.transaction(async (m) => {
      const solved = await this.tickets.lockSolvedBefore(m, solvedBefore, BATCH);
      for (const t of solved) {
        if (!canTransition('SOLVED', 'CLOSED', 'SYSTEM')) break;
        await this.tickets.update(m, t.id, { status: 'CLOSED' });
        const reason = `Closed automatically ${SOLVED_TO_CLOSED_DAYS} days after it was solved`;
        await this.tickets.recordEvent(m, { ticketId: t.id, actorId: null, kind: 'STATUS', fromValue: 'SOLVED', toValue: 'CLOSED', reason });
        await this.notifications.notify(
          [{ recipientId: t.requesterId, kind: 'TICKET_STATUS', actorId: null, ticketId: t.id, message: `SOLVED → CLOSED: ${reason}` }],
          m,
        );
      }
      return solved.length;
    });
  }
}
