import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../platform/errors/domain-error';
import {
  DEFAULT_SLA_TARGETS,
  defaultBusinessCalendar,
  dueAt,
  isBusinessTime,
  nextOpening,
  type BusinessCalendar,
  type SlaTargets,
} from './domain/business-calendar';
import { priorityProblem, TICKET_PRIORITIES, type SupportPlan, type TicketPriority } from './domain/ticket-rules';

/** Years of holidays a calendar holds around the instant asked about (the calendar functions look ahead ≤ 3 years). */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 3;
/** slaPreview looks at most this many years from today (each year's holidays are computed when asked). */
const PREVIEW_YEARS = 5;

/**
 * The support calendar and SLA targets in force: the defaults of DESIGN.md and the policy (Monday–Friday 09:00–18:00
 * America/New_York, US federal holidays, STANDARD 9 and CRITICAL 4 business hours, EMERGENCY 1 hour around the clock
 * for enterprise plans). Admins' edits come with the admin screens of the tickets issue.
 */
@Injectable()
export class SupportCalendarService {
  private cached: { year: number; calendar: BusinessCalendar } | null = null;

  calendarAt(at: Date): BusinessCalendar {
    const year = at.getUTCFullYear();
    if (this.cached?.year !== year) this.cached = { year, calendar: defaultBusinessCalendar(year - YEARS_BEFORE, year + YEARS_AFTER) };
    return this.cached.calendar;
  }

  targets(plan: SupportPlan): Record<TicketPriority, SlaTargets | null> {
    return DEFAULT_SLA_TARGETS[plan];
  }

  /** Open now, the next opening, and what a customer on `plan` (null: no organization) is promised. */
  status(now: Date, plan: SupportPlan | null) {
    const calendar = this.calendarAt(now);
    const open = isBusinessTime(calendar, now);
    const effective = plan ?? 'STANDARD';
    return {
      openNow: open,
      nextOpeningAt: open ? null : nextOpening(calendar, now),
      timeZone: calendar.timeZone,
      plan,
      emergencyAvailable: priorityProblem('EMERGENCY', plan, 'OUTAGE') === null,
      targets: TICKET_PRIORITIES.flatMap((priority) => {
        const t = this.targets(effective)[priority];
        return t ? [{ priority, firstResponseMinutes: t.firstResponse.minutes, clock: t.firstResponse.clock }] : [];
      }),
    };
  }

  /** When a ticket opened at `openedAt` would be due for its first response (null: no such promise on that plan). */
  preview(priority: TicketPriority, plan: SupportPlan, openedAt: Date, now: Date) {
    if (Number.isNaN(openedAt.getTime())) throw new BadUserInputError('openedAt', 'Give a date and time');
    if (Math.abs(openedAt.getUTCFullYear() - now.getUTCFullYear()) > PREVIEW_YEARS) {
      throw new BadUserInputError('openedAt', `Preview a moment within ${PREVIEW_YEARS} years of today`);
    }
    const target = this.targets(plan)[priority];
    if (!target) return { firstResponseDueAt: null, targetMinutes: null, clock: null };
    return {
      firstResponseDueAt: dueAt(this.calendarAt(openedAt), { openedAt, target: target.firstResponse, pauses: [] }),
      targetMinutes: target.firstResponse.minutes,
      clock: target.firstResponse.clock,
    };
  }
}
