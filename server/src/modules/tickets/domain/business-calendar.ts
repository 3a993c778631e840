/**
 * Business-hours clock for support tickets (issue 10, item 4; DESIGN.md "Support policy, as rules").
 *
 * A `BusinessCalendar` is plain, admin-editable data: an IANA time zone, opening windows per weekday in that zone's
 * local time, and holidays as local ISO dates. Every function here is pure (no clock, no I/O); all time-zone math goes
 * through luxon, so DST days simply have 23 or 25 hours and a business minute is always a real (elapsed) minute.
 *
 * Conventions, relied on by the tests:
 *  - A window is half-open: business time is `opens <= t < closes`. 18:00:00 itself is not business time.
 *  - `addBusinessMinutes` returns the earliest instant at which the minutes have elapsed, so a target that runs out
 *    exactly at closing time is due at the closing instant (18:00, "by close of business"), not at the next opening.
 *    For minutes > 0 the due instant is therefore inside a window or exactly at its closing instant.
 *  - Work is bounded: a calendar without a single open window in its week is refused (`NO_BUSINESS_HOURS`), and no
 *    walk looks further than `MAX_SEARCH_DAYS` calendar days (`HORIZON_EXCEEDED`), so a holiday list that closes every
 *    day, or an absurd target, fails fast instead of looping.
 */
import Holidays from 'date-holidays';
import { DateTime, IANAZone } from 'luxon';
import type { SupportPlan, TicketPriority } from './ticket-rules';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening window in the calendar's local time: `HH:mm` to `HH:mm` (`closes` may be `24:00`: until midnight). */
export interface BusinessHoursWindow {
  readonly opens: string;
  readonly closes: string;
}

/** Windows per weekday; an empty list is a closed day. Windows of a day must be in order and must not overlap. */
export type WeeklyHours = Readonly<Record<Weekday, readonly BusinessHoursWindow[]>>;

export interface BusinessCalendar {
  /** IANA zone, e.g. `America/New_York`. */
  readonly timeZone: string;
  readonly weeklyHours: WeeklyHours;
  /** Closed days as `YYYY-MM-DD`, dates in `timeZone`. */
  readonly holidays: readonly string[];
}

export const DEFAULT_TIME_ZONE = 'America/New_York';

const NINE_TO_SIX: readonly BusinessHoursWindow[] = Object.freeze([Object.freeze({ opens: '09:00', closes: '18:00' })]);

/** Monday–Friday 09:00–18:00 (the policy's "standard business hours"). */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = Object.freeze({
  MONDAY: NINE_TO_SIX,
  TUESDAY: NINE_TO_SIX,
  WEDNESDAY: NINE_TO_SIX,
  THURSDAY: NINE_TO_SIX,
  FRIDAY: NINE_TO_SIX,
  SATURDAY: Object.freeze([]),
  SUNDAY: Object.freeze([]),
});

/**
 * The furthest any walk looks (about three years of calendar days). Each open day costs two luxon conversions (about
 * 40 µs), so the worst call stays near 40 ms, well inside the 100 ms event-loop budget (DESIGN.md "Bounded work").
 */
export const MAX_SEARCH_DAYS = 1100;

export type BusinessCalendarErrorCode = 'INVALID_CALENDAR' | 'NO_BUSINESS_HOURS' | 'HORIZON_EXCEEDED' | 'INVALID_ARGUMENT';

export class BusinessCalendarError extends Error {
  constructor(
    readonly code: BusinessCalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BusinessCalendarError';
  }
}

/**
 * A validated, deeply frozen calendar from partial settings: the zone and weekly hours default to the policy's;
 * holidays default to none. Frozen calendars are compiled once and reused, so build them here and pass them around.
 */
export function createBusinessCalendar(settings: Partial<BusinessCalendar> = {}): BusinessCalendar {
  const weeklyHours = settings.weeklyHours ?? DEFAULT_WEEKLY_HOURS;
  const calendar: BusinessCalendar = Object.freeze({
    timeZone: settings.timeZone ?? DEFAULT_TIME_ZONE,
    weeklyHours: Object.freeze(
      Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, Object.freeze((weeklyHours[weekday] ?? []).map((window) => Object.freeze({ ...window })))])),
    ) as WeeklyHours,
    holidays: Object.freeze([...new Set(settings.holidays ?? [])].sort()),
  });
  compile(calendar);
  return calendar;
}

/** The policy's calendar: New York, Monday–Friday 09:00–18:00, US federal holidays of the given years. */
export function defaultBusinessCalendar(fromYear: number, toYear: number): BusinessCalendar {
  return createBusinessCalendar({ holidays: defaultHolidays(fromYear, toYear) });
}

/**
 * Holidays of `fromYear`..`toYear` (by the date the day off falls on) from the maintained `date-holidays` package.
 *
 * For the US it returns exactly the eleven federal holidays of 5 U.S.C. 6103(a) on their observed dates:
 *  - kept: type `public` (in date-holidays' US data these are the federal days, including their "(substitute day)"
 *    entries), and the `bank` substitute of Veterans Day, which date-holidays files under `bank` although federal
 *    offices close on it (11 Nov 2028 is a Saturday: the observed Friday 10 Nov is a federal holiday);
 *  - dropped: `optional` (Christmas Eve), `observance` (Day after Thanksgiving, Election Day, Valentine's Day, Tax
 *    Day...), and the actual date when it falls on a weekend, because the federal day off is then the observed
 *    Friday or Monday (July 4 2026 is a Saturday: Friday 3 July is the holiday). An observed date may fall in the
 *    previous year (1 Jan 2028 is observed on Friday 31 Dec 2027) and is listed in that year.
 * For any other country: its `public` days, actual and substitute dates alike (no federal notion to filter on).
 */
export function defaultHolidays(fromYear: number, toYear: number, country = 'US'): string[] {
  return namedHolidays(fromYear, toYear, country).map((holiday) => holiday.date);
}

/** A day off and its name as the source library gives it (an observed day is named "… (observed)"). */
export interface NamedHoliday {
  readonly date: string;
  readonly name: string;
}

/** The same days as `defaultHolidays`, with their names, in date order (the first name wins when two share a date). */
export function namedHolidays(fromYear: number, toYear: number, country = 'US'): NamedHoliday[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || toYear - fromYear > 200) {
    throw new BusinessCalendarError(
      'INVALID_ARGUMENT',
      `defaultHolidays needs whole years, fromYear <= toYear, at most 200 apart (got ${fromYear}..${toYear})`,
    );
  }
  const source = new Holidays();
  if (!Object.hasOwn(source.getCountries(), country)) throw new BusinessCalendarError('INVALID_ARGUMENT', `date-holidays does not know the country ${country}`);
  source.init(country);
  const days = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const holiday of source.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      if (country === 'US') {
        const federal = holiday.type === 'public' || (holiday.type === 'bank' && holiday.substitute === true);
        const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday <= 5;
        if (!federal || !weekday) continue;
      } else if (holiday.type !== 'public') continue;
      if (!days.has(date)) days.set(date, holiday.name.replace(/\s*\(substitute day\)$/, ' (observed)'));
    }
  }
  return [...days]
    .filter(([date]) => Number(date.slice(0, 4)) >= fromYear && Number(date.slice(0, 4)) <= toYear)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, name]) => ({ date, name }));
}

/** True when `at` is inside an opening window (opening instant included, closing instant excluded). */
export function isBusinessTime(calendar: BusinessCalendar, at: Date): boolean {
  const compiled = compile(calendar);
  const t = instant(at, 'at');
  return windowsOfDay(compiled, localEpochDay(compiled.zone, t)).some(([opens, closes]) => opens <= t && t < closes);
}

/** The first business instant at or after `at`: `at` itself while open, else the next opening. */
export function nextOpening(calendar: BusinessCalendar, at: Date): Date {
  const compiled = compile(calendar);
  const t = instant(at, 'at');
  for (const [opens, closes] of windowsFrom(compiled, t)) {
    if (closes > t) return new Date(Math.max(opens, t));
  }
  throw horizonExceeded(at);
}

/**
 * The instant at which `minutes` business minutes have elapsed after `start`. Outside hours, counting begins at the
 * next opening; 0 minutes returns `start` unchanged. Fractional minutes are kept to the millisecond.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  return new Date(addBusinessMs(compile(calendar), instant(start, 'start'), minutesToMs(minutes)));
}

/**
 * Business minutes inside [from, to): 0 when `to` is not after `from`. May be fractional when the instants are not
 * whole minutes apart.
 */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  return businessMsBetween(compile(calendar), instant(from, 'from'), instant(to, 'to')) / MS_PER_MINUTE;
}

// ---------------------------------------------------------------------------------------------------------------
// SLA targets and due times

export type { SupportPlan, TicketPriority };
/** BUSINESS: only minutes inside the calendar's hours count. WALL: every real minute counts, around the clock. */
export type SlaClock = 'BUSINESS' | 'WALL';

export interface SlaTarget {
  readonly minutes: number;
  readonly clock: SlaClock;
}

/**
 * The targets of one plan and priority. Only a first response: the policy gives no resolution times ("focus on
 * immediate problem resolution" is not a number), so none is invented here.
 */
export interface SlaTargets {
  readonly firstResponse: SlaTarget;
}

/** Per plan, then priority; `null`: the plan does not offer that priority. */
export type SlaTargetTable = Readonly<Record<SupportPlan, Readonly<Record<TicketPriority, SlaTargets | null>>>>;

const STANDARD_TARGETS: SlaTargets = Object.freeze({ firstResponse: Object.freeze({ minutes: 9 * 60, clock: 'BUSINESS' as const }) });
const CRITICAL_TARGETS: SlaTargets = Object.freeze({ firstResponse: Object.freeze({ minutes: 4 * 60, clock: 'BUSINESS' as const }) });
const EMERGENCY_TARGETS: SlaTargets = Object.freeze({ firstResponse: Object.freeze({ minutes: 60, clock: 'WALL' as const }) });

/**
 * The policy's defaults (DESIGN.md): STANDARD within one business day (9 business hours), CRITICAL the same business
 * day (4 business hours), EMERGENCY 1 hour around the clock. Emergency support is for enterprise customers only, so the
 * STANDARD plan has no EMERGENCY target; the service decides whether to refuse such a ticket or file it as CRITICAL.
 */
export const DEFAULT_SLA_TARGETS: SlaTargetTable = Object.freeze({
  STANDARD: Object.freeze({ STANDARD: STANDARD_TARGETS, CRITICAL: CRITICAL_TARGETS, EMERGENCY: null }),
  ENTERPRISE: Object.freeze({ STANDARD: STANDARD_TARGETS, CRITICAL: CRITICAL_TARGETS, EMERGENCY: EMERGENCY_TARGETS }),
});

/** A stretch when the SLA clock stood still (the ticket was PENDING, waiting on the customer); `to: null` still runs. */
export interface SlaPause {
  readonly from: Date;
  readonly to: Date | null;
}

export interface SlaClockInput {
  readonly openedAt: Date;
  readonly target: SlaTarget;
  readonly pauses: readonly SlaPause[];
}

/**
 * When the target runs out, counting from `openedAt` on the target's clock, minus the paused stretches (they may
 * overlap, come in any order, or start before `openedAt`; they are merged and clipped).
 *
 * Returns `null` while the clock is stopped: a pause with `to: null` began before the target ran out, so no due
 * instant exists until the ticket leaves PENDING. A pause (open or not) that begins after the target ran out changes
 * nothing: the due instant was already reached.
 */
export function dueAt(calendar: BusinessCalendar, input: SlaClockInput): Date | null {
  const { target } = input;
  if (target.clock !== 'BUSINESS' && target.clock !== 'WALL') throw new BusinessCalendarError('INVALID_ARGUMENT', `unknown SLA clock ${String(target.clock)}`);
  const business = target.clock === 'BUSINESS';
  // A wall-clock target needs no calendar; don't let a calendar problem block an emergency's due time.
  const compiled = business ? compile(calendar) : null;
  const elapsed = (from: number, to: number) => (compiled ? businessMsBetween(compiled, from, to) : Math.max(0, to - from));
  const advance = (from: number, ms: number) => (compiled ? addBusinessMs(compiled, from, ms) : from + ms);

  let cursor = instant(input.openedAt, 'openedAt');
  let remaining = minutesToMs(target.minutes);
  for (const pause of mergePauses(input.pauses)) {
    if (remaining === 0) break;
    if (pause.to !== null && pause.to <= cursor) continue;
    if (pause.from > cursor) {
      // The candidate first: measuring a long stretch before a late pause would walk further than needed.
      const candidate = advance(cursor, remaining);
      if (candidate <= pause.from) return new Date(candidate);
      remaining -= elapsed(cursor, pause.from);
    }
    if (pause.to === null) return null;
    cursor = Math.max(cursor, pause.to);
  }
  return new Date(advance(cursor, remaining));
}

// ---------------------------------------------------------------------------------------------------------------
// Internals

const MS_PER_MINUTE = 60_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface CompiledCalendar {
  zone: IANAZone;
  /** Index 1 (Monday) .. 7 (Sunday), as luxon's `weekday`; minutes after local midnight, `closes` up to 1440. */
  windows: ReadonlyArray<ReadonlyArray<{ opens: number; closes: number }>>;
  holidays: ReadonlySet<string>;
}

/** Compiled forms of frozen calendars (those from createBusinessCalendar): validated once. */
const compiledCalendars = new WeakMap<BusinessCalendar, CompiledCalendar>();

/** Validates the calendar (it comes from admin-edited data) and turns it into lookups. */
function compile(calendar: BusinessCalendar): CompiledCalendar {
  const cached = compiledCalendars.get(calendar);
  if (cached) return cached;
  const compiled = compileUncached(calendar);
  // Only a deeply frozen calendar can be cached: a mutable one could change between calls.
  const frozen =
    Object.isFrozen(calendar) &&
    Object.isFrozen(calendar.holidays) &&
    Object.isFrozen(calendar.weeklyHours) &&
    WEEKDAYS.every((weekday) => Object.isFrozen(calendar.weeklyHours[weekday]) && calendar.weeklyHours[weekday].every((window) => Object.isFrozen(window)));
  if (frozen) compiledCalendars.set(calendar, compiled);
  return compiled;
}

function compileUncached(calendar: BusinessCalendar): CompiledCalendar {
  if (!calendar || typeof calendar.timeZone !== 'string' || !IANAZone.isValidZone(calendar.timeZone)) {
    throw new BusinessCalendarError('INVALID_CALENDAR', `not an IANA time zone: ${String(calendar?.timeZone)}`);
  }
  const windows: Array<Array<{ opens: number; closes: number }>> = [[]];
  let open = false;
  for (const weekday of WEEKDAYS) {
    const day = (calendar.weeklyHours?.[weekday] ?? null) as readonly BusinessHoursWindow[] | null;
    if (!Array.isArray(day)) throw new BusinessCalendarError('INVALID_CALENDAR', `weekly hours lack ${weekday} (use [] for a closed day)`);
    let previousClose = 0;
    const parsed = day.map((window) => {
      const opens = parseTime(window?.opens, false);
      const closes = parseTime(window?.closes, true);
      if (opens === null || closes === null || opens >= closes || opens < previousClose) {
        throw new BusinessCalendarError(
          'INVALID_CALENDAR',
          `${weekday}: windows are HH:mm–HH:mm (closing up to 24:00), opening before closing, in order and not overlapping`,
        );
      }
      previousClose = closes;
      return { opens, closes };
    });
    open ||= parsed.length > 0;
    windows.push(parsed);
  }
  // Refused rather than searched: with no window in the week, no opening exists at any horizon.
  if (!open) throw new BusinessCalendarError('NO_BUSINESS_HOURS', 'the calendar has no business hours on any weekday');
  for (const date of calendar.holidays ?? []) {
    if (typeof date !== 'string' || !ISO_DATE.test(date) || !isCalendarDate(date)) {
      throw new BusinessCalendarError('INVALID_CALENDAR', `holidays are YYYY-MM-DD dates (got ${String(date)})`);
    }
  }
  return { zone: IANAZone.create(calendar.timeZone), windows, holidays: new Set(calendar.holidays ?? []) };
}

/** `2026-02-30` matches the pattern but is no date. */
function isCalendarDate(date: string): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === date;
}

function parseTime(value: unknown, closing: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (closing && value === '24:00') return 24 * 60;
  const match = HH_MM.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Local calendar days are counted as days since 1970-01-01: stepping through closed days then needs no zone math. */
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

function localEpochDay(zone: IANAZone, t: number): number {
  const local = DateTime.fromMillis(t, { zone });
  return Date.UTC(local.year, local.month - 1, local.day) / MS_PER_DAY;
}

/** The day's windows as [opens, closes) epoch milliseconds; none on a holiday or a closed weekday. */
function windowsOfDay(calendar: CompiledCalendar, epochDay: number): Array<[number, number]> {
  // 1970-01-01 was a Thursday; luxon numbers Monday 1 .. Sunday 7.
  const windows = calendar.windows[((((epochDay + 3) % 7) + 7) % 7) + 1];
  if (windows.length === 0) return [];
  const date = new Date(epochDay * MS_PER_DAY);
  if (calendar.holidays.has(date.toISOString().slice(0, 10))) return [];
  const result: Array<[number, number]> = [];
  let previousEnd = -Infinity;
  for (const { opens, closes } of windows) {
    // Local wall times through luxon: on a DST day a window keeps its local hours and gains or loses real minutes.
    // A local time skipped by the spring-forward gap moves forward, which could make it overlap the window before:
    // clipping keeps the day's windows disjoint and in order.
    const start = Math.max(localInstant(calendar.zone, date, opens), previousEnd);
    const end = localInstant(calendar.zone, date, closes);
    if (end > start) {
      result.push([start, end]);
      previousEnd = end;
    }
  }
  return result;
}

/** The instant of a local time (minutes after midnight, 1440 = the next midnight) on a date given at UTC midnight. */
function localInstant(zone: IANAZone, date: Date, minuteOfDay: number): number {
  const day = minuteOfDay === 24 * 60 ? new Date(date.getTime() + MS_PER_DAY) : date;
  const minute = minuteOfDay % (24 * 60);
  const parts = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: Math.floor(minute / 60), minute: minute % 60 };
  return DateTime.fromObject(parts, { zone }).toMillis();
}

/** Windows in time order from the local day that contains `t`, for at most MAX_SEARCH_DAYS days. */
function* windowsFrom(calendar: CompiledCalendar, t: number): Generator<[number, number]> {
  const first = localEpochDay(calendar.zone, t);
  for (let day = first; day < first + MAX_SEARCH_DAYS; day += 1) yield* windowsOfDay(calendar, day);
}

function addBusinessMs(calendar: CompiledCalendar, start: number, amount: number): number {
  if (amount === 0) return start;
  let remaining = amount;
  for (const [opens, closes] of windowsFrom(calendar, start)) {
    if (closes <= start) continue;
    const from = Math.max(opens, start);
    if (remaining <= closes - from) return from + remaining;
    remaining -= closes - from;
  }
  throw horizonExceeded(new Date(start));
}

function businessMsBetween(calendar: CompiledCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  if (to - from > MAX_SEARCH_DAYS * 24 * 60 * MS_PER_MINUTE) {
    throw new BusinessCalendarError('HORIZON_EXCEEDED', `business time is measured over at most ${MAX_SEARCH_DAYS} days`);
  }
  let total = 0;
  for (const [opens, closes] of windowsFrom(calendar, from)) {
    if (opens >= to) break;
    total += Math.max(0, Math.min(closes, to) - Math.max(opens, from));
  }
  return total;
}

/** Pauses in order, overlapping ones merged; an open pause swallows every later one. */
function mergePauses(pauses: readonly SlaPause[]): Array<{ from: number; to: number | null }> {
  const sorted = pauses
    .map((pause, i) => {
      const from = instant(pause.from, `pauses[${i}].from`);
      const to = pause.to === null ? null : instant(pause.to, `pauses[${i}].to`);
      if (to !== null && to < from) throw new BusinessCalendarError('INVALID_ARGUMENT', `pauses[${i}] ends before it begins`);
      return { from, to };
    })
    .sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number | null }> = [];
  for (const pause of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || pause.from <= last.to)) {
      last.to = last.to === null || pause.to === null ? null : Math.max(last.to, pause.to);
    } else {
      merged.push({ ...pause });
    }
  }
  return merged;
}

function instant(value: Date, name: string): number {
  const t = value instanceof Date ? value.getTime() : NaN;
  if (!Number.isFinite(t)) throw new BusinessCalendarError('INVALID_ARGUMENT', `${name} is not a valid Date`);
  return t;
}

function minutesToMs(minutes: number): number {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new BusinessCalendarError('INVALID_ARGUMENT', `minutes must be a finite number >= 0 (got ${String(minutes)})`);
  }
  return Math.round(minutes * MS_PER_MINUTE);
}

function horizonExceeded(from: Date): BusinessCalendarError {
  return new BusinessCalendarError('HORIZON_EXCEEDED', `no business time within ${MAX_SEARCH_DAYS} days after ${from.toISOString()}`);
}
