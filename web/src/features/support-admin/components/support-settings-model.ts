import { DateTime } from 'luxon';
import type { Plan, SlaClock, TicketPriority, Weekday } from '../../../gql/graphql';

export const WEEKDAY_ORDER: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as Weekday[];
export const DAY_LABELS: Record<string, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};
export const PLAN_LABELS: Record<string, string> = { STANDARD: 'Standard', ENTERPRISE: 'Enterprise' };
export const PRIORITY_LABELS: Record<string, string> = { STANDARD: 'Standard', CRITICAL: 'Critical', EMERGENCY: 'Emergency' };
const PLANS = ['STANDARD', 'ENTERPRISE'] as Plan[];
const PRIORITIES = ['STANDARD', 'CRITICAL', 'EMERGENCY'] as TicketPriority[];

export type TargetUnit = 'hours' | 'minutes';

/** One cell of the plan × priority table as edited: the amount stays text while typed. */
export interface TargetRow {
  plan: Plan;
  priority: TicketPriority;
  offered: boolean;
  amount: string;
  unit: TargetUnit;
  clock: SlaClock;
}

interface SavedTarget {
  plan: Plan;
  priority: TicketPriority;
  firstResponseMinutes: number;
  clock: SlaClock;
}

/** Every plan and priority, saved or not; whole hours show as hours, anything else as minutes. */
export function targetRows(saved: readonly SavedTarget[]): TargetRow[] {
  return PLANS.flatMap((plan) =>
    PRIORITIES.map((priority) => {
      const t = saved.find((x) => x.plan === plan && x.priority === priority);
      const clock = (priority === 'EMERGENCY' ? 'WALL' : 'BUSINESS') as SlaClock;
      if (!t) return { plan, priority, offered: false, amount: priority === 'EMERGENCY' ? '1' : '4', unit: 'hours' as const, clock };
      const hours = t.firstResponseMinutes % 60 === 0;
      return {
        plan,
        priority,
        offered: true,
        amount: String(hours ? t.firstResponseMinutes / 60 : t.firstResponseMinutes),
        unit: hours ? ('hours' as const) : ('minutes' as const),
        clock: t.clock,
      };
    }),
  );
}

/** The rows offered, in minutes (hours may be fractional: 1.5 hours is 90 minutes). */
export function fromTargetRows(rows: readonly TargetRow[]): SavedTarget[] {
  return rows
    .filter((r) => r.offered && !(r.priority === 'EMERGENCY' && r.plan !== 'ENTERPRISE'))
    .map((r) => ({
      plan: r.plan,
      priority: r.priority,
      firstResponseMinutes: Math.round(Number(r.amount) * (r.unit === 'hours' ? 60 : 1)),
      clock: r.clock,
    }));
}

/** True when `date` (YYYY-MM-DD) falls in the `months` months starting on `today` (both calendar dates). */
export function withinMonths(date: string, today: string, months: number): boolean {
  const end = DateTime.fromISO(today).plus({ months }).toISODate()!;
  return date >= today && date < end;
}
