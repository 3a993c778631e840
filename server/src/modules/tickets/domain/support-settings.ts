/**
 * The support calendar and SLA targets as admins edit them (issue 10, items 4 and 5): the stored settings, the rules
 * an edit must pass, and the `BusinessCalendar` / target table built from them. Pure: no clock, no I/O.
 *
 * Holidays are a maintained source's observed days (US federal, from date-holidays through business-calendar.ts) or
 * none, minus the source days the admins mark as worked, plus their own extra days.
 */
import { DateTime, IANAZone } from 'luxon';
import {
  createBusinessCalendar,
  namedHolidays,
  WEEKDAYS,
  type BusinessCalendar,
  type SlaClock,
  type SlaTargetTable,
  type SlaTargets,
  type Weekday,
  type WeeklyHours,
} from './business-calendar';
import { TICKET_PRIORITIES, type SupportPlan, type TicketPriority } from './ticket-rules';

export const SUPPORT_PLANS: readonly SupportPlan[] = ['STANDARD', 'ENTERPRISE'];
export const HOLIDAY_SOURCES = ['US_FEDERAL', 'NONE'] as const;
export type HolidaySource = (typeof HOLIDAY_SOURCES)[number];

/** One weekday's hours: `null` opens/closes on a closed day. Local times `HH:mm` (closing up to `24:00`). */
export interface DayHours {
  readonly weekday: Weekday;
  readonly opens: string | null;
  readonly closes: string | null;
}

export interface ExtraHoliday {
  readonly date: string;
  readonly name: string;
}

export interface TargetSetting {
  readonly plan: SupportPlan;
  readonly priority: TicketPriority;
  readonly firstResponseMinutes: number;
  readonly clock: SlaClock;
}

export interface SupportSettings {
  readonly timeZone: string;
  /** All seven weekdays, Monday first. */
  readonly hours: readonly DayHours[];
  readonly holidaySource: HolidaySource;
  readonly extraHolidays: readonly ExtraHoliday[];
  /** Source holidays that are working days here (`YYYY-MM-DD`). */
  readonly removedHolidays: readonly string[];
  /** A plan and priority without a row: that plan does not offer the priority. */
  readonly targets: readonly TargetSetting[];
}

/** Caps that keep every calendar walk bounded (business-calendar.ts MAX_SEARCH_DAYS) and the screen readable. */
export const SUPPORT_LIMITS = Object.freeze({
  /** Both clocks: 30 days (the database checks it too). */
  maxTargetMinutes: 30 * 24 * 60,
  /** A business-clock target must run out within this many weeks of the configured hours, holidays aside. */
  maxBusinessTargetWeeks: 13,
  maxExtraHolidays: 100,
  maxRemovedHolidays: 100,
  maxHolidayNameLength: 80,
  maxTimeZoneLength: 64,
  maxUpcomingMonths: 24,
});

/** The policy's defaults (DESIGN.md): the migration seeds the same rows. */
export const DEFAULT_SUPPORT_SETTINGS: SupportSettings = Object.freeze<SupportSettings>({
  timeZone: 'America/New_York',
  hours: WEEKDAYS.map((weekday) =>
    weekday === 'SATURDAY' || weekday === 'SUNDAY' ? { weekday, opens: null, closes: null } : { weekday, opens: '09:00', closes: '18:00' },
  ),
  holidaySource: 'US_FEDERAL',
  extraHolidays: [],
  removedHolidays: [],
  targets: [
    { plan: 'STANDARD', priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
    { plan: 'STANDARD', priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
    { plan: 'ENTERPRISE', priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
    { plan: 'ENTERPRISE', priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
    { plan: 'ENTERPRISE', priority: 'EMERGENCY', firstResponseMinutes: 60, clock: 'WALL' },
  ],
});

/** What is wrong with an edit, by the input field to blame (`hours.MONDAY`, `targets.ENTERPRISE.CRITICAL`, ...). */
export interface SettingsProblem {
  readonly field: string;
  readonly message: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real IANA zone (luxon asks the platform's tz database); `UTC` and `Etc/…` zones are IANA names too. */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length > 0 && zone.length <= SUPPORT_LIMITS.maxTimeZoneLength && IANAZone.isValidZone(zone);
}

export function isIsoDate(date: string): boolean {
  if (typeof date !== 'string' || !ISO_DATE.test(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === date;
}

function minutesOf(time: string, closing: boolean): number | null {
  if (closing && time === '24:00') return 24 * 60;
  const match = HH_MM.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * Every problem of an edit, in field order (empty: the settings may be saved). The checks: an IANA time zone; each
 * weekday given once, open days with `HH:mm` times, opening before closing, and at least one open day; extra holidays
 * on real dates, named, each date once; worked (removed) holidays on real dates, each once; targets for known plans and
 * priorities, each once, whole minutes from 1 to 30 days; STANDARD and CRITICAL count business hours (the policy's
 * "business day"), EMERGENCY may count around the clock (WALL); EMERGENCY only on the ENTERPRISE plan (the policy); a
 * business-clock target must run out within 13 weeks of the configured hours, so no walk is unbounded.
 */
export function supportSettingsProblems(settings: SupportSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  if (!isValidTimeZone(settings.timeZone)) problem('timeZone', `“${settings.timeZone}” is not an IANA time zone (e.g. America/New_York, Europe/Berlin)`);

  const seenDays = new Set<string>();
  let weeklyMinutes = 0;
  for (const day of settings.hours) {
    const field = `hours.${day.weekday}`;
    if (!(WEEKDAYS as readonly string[]).includes(day.weekday)) {
      problem('hours', `Unknown weekday ${String(day.weekday)}`);
      continue;
    }
    if (seenDays.has(day.weekday)) problem(field, `${day.weekday} is given twice`);
    seenDays.add(day.weekday);
    if (day.opens === null && day.closes === null) continue;
    const opens = day.opens === null ? null : minutesOf(day.opens, false);
    const closes = day.closes === null ? null : minutesOf(day.closes, true);
    if (opens === null || closes === null) problem(field, 'Give opening and closing times as HH:MM (closing may be 24:00), or mark the day closed');
    else if (opens >= closes) problem(field, 'The opening time must be before the closing time');
    else weeklyMinutes += closes - opens;
  }
  const missing = WEEKDAYS.filter((weekday) => !seenDays.has(weekday));
  if (missing.length > 0) problem('hours', `Give the hours of every weekday (missing: ${missing.join(', ')})`);
  else if (weeklyMinutes === 0 && !problems.some((p) => p.field.startsWith('hours.'))) problem('hours', 'Support must be open on at least one day of the week');

  if (!(HOLIDAY_SOURCES as readonly string[]).includes(settings.holidaySource)) problem('holidaySource', 'Choose US_FEDERAL or NONE');

  if (settings.extraHolidays.length > SUPPORT_LIMITS.maxExtraHolidays) problem('extraHolidays', `At most ${SUPPORT_LIMITS.maxExtraHolidays} extra holidays`);
  const extraDates = new Set<string>();
  for (const holiday of settings.extraHolidays) {
    const name = holiday.name.trim();
    if (!isIsoDate(holiday.date)) problem('extraHolidays', `“${holiday.date}” is not a date (YYYY-MM-DD)`);
    else if (extraDates.has(holiday.date)) problem('extraHolidays', `${holiday.date} is listed twice`);
    else if (!name) problem('extraHolidays', `Name the holiday on ${holiday.date}`);
    else if (name.length > SUPPORT_LIMITS.maxHolidayNameLength)
      problem('extraHolidays', `A holiday name is at most ${SUPPORT_LIMITS.maxHolidayNameLength} characters`);
    extraDates.add(holiday.date);
  }

  if (settings.removedHolidays.length > SUPPORT_LIMITS.maxRemovedHolidays)
    problem('removedHolidays', `At most ${SUPPORT_LIMITS.maxRemovedHolidays} worked holidays`);
  const removed = new Set<string>();
  for (const date of settings.removedHolidays) {
    if (!isIsoDate(date)) problem('removedHolidays', `“${date}” is not a date (YYYY-MM-DD)`);
    else if (removed.has(date)) problem('removedHolidays', `${date} is listed twice`);
    else if (!sourceHolidays(settings.holidaySource, Number(date.slice(0, 4)), Number(date.slice(0, 4))).some((h) => h.date === date)) {
      problem('removedHolidays', `${date} is not a holiday of the source, so it is a working day already`);
    }
    removed.add(date);
  }

  const seenTargets = new Set<string>();
  for (const target of settings.targets) {
    const field = `targets.${target.plan}.${target.priority}`;
    if (!SUPPORT_PLANS.includes(target.plan) || !(TICKET_PRIORITIES as readonly string[]).includes(target.priority)) {
      problem('targets', `Unknown plan or priority: ${String(target.plan)} ${String(target.priority)}`);
      continue;
    }
    if (seenTargets.has(`${target.plan}.${target.priority}`)) {
      problem(field, `${target.plan} ${target.priority} is given twice`);
      continue;
    }
    seenTargets.add(`${target.plan}.${target.priority}`);
    const minutes = target.firstResponseMinutes;
    if (target.priority === 'EMERGENCY' && target.plan !== 'ENTERPRISE') problem(field, 'Emergency support is for the Enterprise plan only');
    else if (!Number.isInteger(minutes) || minutes < 1 || minutes > SUPPORT_LIMITS.maxTargetMinutes) {
      problem(field, `A first-response target is whole minutes from 1 to ${SUPPORT_LIMITS.maxTargetMinutes} (30 days)`);
    } else if (target.clock !== 'BUSINESS' && target.clock !== 'WALL') problem(field, 'The clock is BUSINESS or WALL');
    else if (target.clock === 'WALL' && target.priority !== 'EMERGENCY')
      problem(field, 'Only EMERGENCY runs around the clock; STANDARD and CRITICAL count business hours');
    else if (target.clock === 'BUSINESS' && weeklyMinutes > 0 && minutes > weeklyMinutes * SUPPORT_LIMITS.maxBusinessTargetWeeks) {
      problem(
        field,
        `With these hours a business-hours target is at most ${weeklyMinutes * SUPPORT_LIMITS.maxBusinessTargetWeeks} minutes (${SUPPORT_LIMITS.maxBusinessTargetWeeks} weeks of business time)`,
      );
    }
  }
  return problems;
}

/** Settings as they are saved: holiday names trimmed, lists in date order, hours Monday first, targets in table order. */
export function normalizeSupportSettings(settings: SupportSettings): SupportSettings {
  const byWeekday = new Map(settings.hours.map((day) => [day.weekday, day]));
  return {
    timeZone: settings.timeZone,
    hours: WEEKDAYS.map((weekday) => {
      const day = byWeekday.get(weekday);
      return day && day.opens !== null && day.closes !== null ? { weekday, opens: day.opens, closes: day.closes } : { weekday, opens: null, closes: null };
    }),
    holidaySource: settings.holidaySource,
    extraHolidays: settings.extraHolidays.map((h) => ({ date: h.date, name: h.name.trim() })).sort((a, b) => compare(a.date, b.date)),
    removedHolidays: [...settings.removedHolidays].sort(compare),
    targets: [...settings.targets].sort(
      (a, b) => SUPPORT_PLANS.indexOf(a.plan) - SUPPORT_PLANS.indexOf(b.plan) || TICKET_PRIORITIES.indexOf(a.priority) - TICKET_PRIORITIES.indexOf(b.priority),
    ),
  };
}

/** The source's holidays of `fromYear`..`toYear`, with names, before the admins' changes. */
export function sourceHolidays(source: HolidaySource, fromYear: number, toYear: number): ExtraHoliday[] {
  return source === 'US_FEDERAL' ? namedHolidays(fromYear, toYear, 'US') : [];
}

/** A holiday as listed to admins: from the source (possibly marked worked) or one of theirs. */
export interface ListedHoliday {
  readonly date: string;
  readonly name: string;
  readonly origin: 'SOURCE' | 'EXTRA';
  /** A source holiday the admins made a working day: listed so it can be put back; support is open. */
  readonly worked: boolean;
}

/**
 * The holidays from `from` to `to` (inclusive `YYYY-MM-DD` dates), in date order: the source's days minus the worked
 * ones, plus the extra days (an extra day on a source date replaces it). With `includeWorked`, worked source days are
 * listed too, marked.
 */
export function holidaysBetween(settings: SupportSettings, from: string, to: string, includeWorked = false): ListedHoliday[] {
  const removed = new Set(settings.removedHolidays);
  const extra = new Map(settings.extraHolidays.map((h) => [h.date, h.name]));
  const listed: ListedHoliday[] = [];
  for (const holiday of sourceHolidays(settings.holidaySource, Number(from.slice(0, 4)), Number(to.slice(0, 4)))) {
    if (holiday.date < from || holiday.date > to || extra.has(holiday.date)) continue;
    const worked = removed.has(holiday.date);
    if (!worked || includeWorked) listed.push({ ...holiday, origin: 'SOURCE', worked });
  }
  for (const [date, name] of extra) if (date >= from && date <= to) listed.push({ date, name, origin: 'EXTRA', worked: false });
  return listed.sort((a, b) => compare(a.date, b.date));
}

/** The holidays of the next `months` months from `now`, dates in the calendar's zone (today included). */
export function upcomingHolidays(settings: SupportSettings, now: Date, months: number, includeWorked = false): ListedHoliday[] {
  const today = DateTime.fromJSDate(now, { zone: settings.timeZone });
  return holidaysBetween(settings, today.toISODate()!, today.plus({ months }).minus({ days: 1 }).toISODate()!, includeWorked);
}

/** The `BusinessCalendar` of these settings with the holidays of `fromYear`..`toYear`. */
export function calendarFromSettings(settings: SupportSettings, fromYear: number, toYear: number): BusinessCalendar {
  const weeklyHours = Object.fromEntries(
    WEEKDAYS.map((weekday) => {
      const day = settings.hours.find((d) => d.weekday === weekday);
      return [weekday, day && day.opens !== null && day.closes !== null ? [{ opens: day.opens, closes: day.closes }] : []];
    }),
  ) as unknown as WeeklyHours;
  const holidays = holidaysBetween(settings, `${String(fromYear).padStart(4, '0')}-01-01`, `${String(toYear).padStart(4, '0')}-12-31`).map((h) => h.date);
  return createBusinessCalendar({ timeZone: settings.timeZone, weeklyHours, holidays });
}

/** The target table of these settings: a missing row is `null` (the plan does not offer that priority). */
export function targetTableFromSettings(settings: SupportSettings): SlaTargetTable {
  const table = Object.fromEntries(
    SUPPORT_PLANS.map((plan) => [
      plan,
      Object.freeze(
        Object.fromEntries(
          TICKET_PRIORITIES.map((priority) => {
            const row = settings.targets.find((t) => t.plan === plan && t.priority === priority);
            const targets: SlaTargets | null = row
              ? Object.freeze({ firstResponse: Object.freeze({ minutes: row.firstResponseMinutes, clock: row.clock }) })
              : null;
            return [priority, targets];
          }),
        ),
      ),
    ]),
  );
  return Object.freeze(table) as SlaTargetTable;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
