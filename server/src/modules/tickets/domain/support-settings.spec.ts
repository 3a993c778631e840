import { DateTime } from 'luxon';
import { DEFAULT_SLA_TARGETS, defaultBusinessCalendar, dueAt, isBusinessTime, type SlaTarget } from './business-calendar';
import {
  calendarFromSettings,
  DEFAULT_SUPPORT_SETTINGS,
  holidaysBetween,
  isValidTimeZone,
  normalizeSupportSettings,
  supportSettingsProblems,
  targetTableFromSettings,
  upcomingHolidays,
  type SupportSettings,
} from './support-settings';

const at = (local: string, zone = 'America/New_York'): Date => DateTime.fromISO(local, { zone }).toJSDate();
const local = (d: Date | null, zone = 'America/New_York') => (d ? DateTime.fromJSDate(d, { zone }).toFormat("ccc yyyy-MM-dd'T'HH:mm") : null);
const STANDARD: SlaTarget = { minutes: 540, clock: 'BUSINESS' };
const CRITICAL: SlaTarget = { minutes: 240, clock: 'BUSINESS' };
const due = (settings: SupportSettings, opened: Date, target: SlaTarget, zone?: string) =>
  local(dueAt(calendarFromSettings(settings, 2025, 2028), { openedAt: opened, target, pauses: [] }), zone);
const withDay = (settings: SupportSettings, weekday: string, opens: string | null, closes: string | null): SupportSettings => ({
  ...settings,
  hours: settings.hours.map((d) => (d.weekday === weekday ? { ...d, opens, closes } : d)),
});
const fields = (settings: SupportSettings) => supportSettingsProblems(settings).map((p) => p.field);

describe('support settings: the calendar admins configure', () => {
  it('builds the policy calendar from the default settings', () => {
    const fromSettings = calendarFromSettings(DEFAULT_SUPPORT_SETTINGS, 2025, 2028);
    expect(fromSettings).toEqual(defaultBusinessCalendar(2025, 2028));
    expect(targetTableFromSettings(DEFAULT_SUPPORT_SETTINGS)).toEqual(DEFAULT_SLA_TARGETS);
    expect(supportSettingsProblems(DEFAULT_SUPPORT_SETTINGS)).toEqual([]);
  });

  it('lets Friday 17:00 STANDARD run to Monday 17:00, and a closed Monday push it to Tuesday', () => {
    expect(due(DEFAULT_SUPPORT_SETTINGS, at('2026-05-15T17:00'), STANDARD)).toBe('Mon 2026-05-18T17:00');
    const closedMondays = withDay(DEFAULT_SUPPORT_SETTINGS, 'MONDAY', null, null);
    expect(due(closedMondays, at('2026-05-15T17:00'), STANDARD)).toBe('Tue 2026-05-19T17:00');
    expect(isBusinessTime(calendarFromSettings(closedMondays, 2026, 2026), at('2026-05-18T10:00'))).toBe(false);
  });

  it('closes support on an extra holiday', () => {
    const settings = { ...DEFAULT_SUPPORT_SETTINGS, extraHolidays: [{ date: '2026-05-15', name: 'Company day' }] };
    // Opened Friday 17:00 on the holiday: the clock starts Monday 09:00.
    expect(due(settings, at('2026-05-15T17:00'), STANDARD)).toBe('Mon 2026-05-18T18:00');
    expect(due(settings, at('2026-05-14T16:00'), CRITICAL)).toBe('Mon 2026-05-18T11:00');
  });

  it('opens on a source holiday the admins mark as worked', () => {
    // Wednesday before Thanksgiving, 15:00: by default Thursday is skipped; worked, it counts.
    expect(due(DEFAULT_SUPPORT_SETTINGS, at('2026-11-25T15:00'), STANDARD)).toBe('Fri 2026-11-27T15:00');
    const worked = { ...DEFAULT_SUPPORT_SETTINGS, removedHolidays: ['2026-11-26'] };
    expect(due(worked, at('2026-11-25T15:00'), STANDARD)).toBe('Thu 2026-11-26T15:00');
  });

  it('keeps local hours in another time zone (and across its DST change)', () => {
    const berlin = { ...DEFAULT_SUPPORT_SETTINGS, timeZone: 'Europe/Berlin', holidaySource: 'NONE' as const };
    expect(due(berlin, at('2026-05-15T17:00', 'Europe/Berlin'), STANDARD, 'Europe/Berlin')).toBe('Mon 2026-05-18T17:00');
    // Berlin leaves summer time on Sunday 25 October 2026: Friday 16:00 + 4 business hours is Monday 11:00 local.
    expect(due(berlin, at('2026-10-23T16:00', 'Europe/Berlin'), CRITICAL, 'Europe/Berlin')).toBe('Mon 2026-10-26T11:00');
    // 09:00 in Berlin is 03:00 in New York that day: still closed on New York's calendar.
    expect(isBusinessTime(calendarFromSettings(berlin, 2026, 2026), at('2026-05-18T09:30', 'Europe/Berlin'))).toBe(true);
    expect(isBusinessTime(calendarFromSettings(DEFAULT_SUPPORT_SETTINGS, 2026, 2026), at('2026-05-18T09:30', 'Europe/Berlin'))).toBe(false);
  });

  it('has no source holidays with the NONE source: Thanksgiving is a working day', () => {
    const none = { ...DEFAULT_SUPPORT_SETTINGS, holidaySource: 'NONE' as const };
    expect(due(none, at('2026-11-25T15:00'), STANDARD)).toBe('Thu 2026-11-26T15:00');
    expect(holidaysBetween(none, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('lists the holidays ahead: source days with names, extra days, and worked days only when asked', () => {
    const settings = { ...DEFAULT_SUPPORT_SETTINGS, extraHolidays: [{ date: '2026-12-24', name: 'Christmas Eve' }], removedHolidays: ['2026-11-11'] };
    const listed = holidaysBetween(settings, '2026-07-01', '2026-12-31');
    expect(listed.map((h) => `${h.date} ${h.name} ${h.origin}`)).toEqual([
      '2026-07-03 Independence Day (observed) SOURCE',
      '2026-09-07 Labor Day SOURCE',
      '2026-10-12 Columbus Day SOURCE',
      '2026-11-26 Thanksgiving Day SOURCE',
      '2026-12-24 Christmas Eve EXTRA',
      '2026-12-25 Christmas Day SOURCE',
    ]);
    expect(holidaysBetween(settings, '2026-11-01', '2026-11-30', true)).toEqual([
      { date: '2026-11-11', name: 'Veterans Day', origin: 'SOURCE', worked: true },
      { date: '2026-11-26', name: 'Thanksgiving Day', origin: 'SOURCE', worked: false },
    ]);
    // The next 12 months from a day in the calendar's zone, that day included.
    const ahead = upcomingHolidays(DEFAULT_SUPPORT_SETTINGS, at('2026-11-26T08:00'), 12);
    expect(ahead[0].date).toBe('2026-11-26');
    expect(ahead.at(-1)!.date).toBe('2027-11-25');
    expect(ahead).toHaveLength(12); // both Thanksgivings: 26 Nov 2026 and 25 Nov 2027
  });

  it('names the field of each problem', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
    expect(fields(withDay(DEFAULT_SUPPORT_SETTINGS, 'MONDAY', '18:00', '09:00'))).toEqual(['hours.MONDAY']);
    expect(fields(withDay(DEFAULT_SUPPORT_SETTINGS, 'TUESDAY', '9:00', '18:00'))).toEqual(['hours.TUESDAY']);
    expect(fields(withDay(DEFAULT_SUPPORT_SETTINGS, 'WEDNESDAY', '09:00', null))).toEqual(['hours.WEDNESDAY']);
    expect(fields(withDay(DEFAULT_SUPPORT_SETTINGS, 'SUNDAY', '00:00', '24:00'))).toEqual([]);
    const allClosed = { ...DEFAULT_SUPPORT_SETTINGS, hours: DEFAULT_SUPPORT_SETTINGS.hours.map((d) => ({ ...d, opens: null, closes: null })) };
    expect(supportSettingsProblems(allClosed)).toEqual([{ field: 'hours', message: 'Support must be open on at least one day of the week' }]);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, hours: DEFAULT_SUPPORT_SETTINGS.hours.slice(1) })).toEqual(['hours']);
    expect(
      fields({
        ...DEFAULT_SUPPORT_SETTINGS,
        extraHolidays: [
          { date: '2026-05-15', name: 'Company day' },
          { date: '2026-05-15', name: 'Again' },
        ],
      }),
    ).toEqual(['extraHolidays']);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, extraHolidays: [{ date: '2026-02-30', name: 'No such day' }] })).toEqual(['extraHolidays']);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, extraHolidays: [{ date: '2026-05-15', name: '  ' }] })).toEqual(['extraHolidays']);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, removedHolidays: ['2026-11-26', '2026-11-26'] })).toEqual(['removedHolidays']);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, removedHolidays: ['2026-11-27'] })).toEqual(['removedHolidays']);
  });

  it('checks the targets: positive whole minutes, business hours except EMERGENCY, EMERGENCY for Enterprise only', () => {
    const withTarget = (plan: string, priority: string, firstResponseMinutes: number, clock: string) =>
      fields({
        ...DEFAULT_SUPPORT_SETTINGS,
        targets: [
          ...DEFAULT_SUPPORT_SETTINGS.targets.filter((t) => !(t.plan === plan && t.priority === priority)),
          { plan, priority, firstResponseMinutes, clock } as SupportSettings['targets'][number],
        ],
      });
    expect(withTarget('ENTERPRISE', 'CRITICAL', 120, 'BUSINESS')).toEqual([]);
    expect(withTarget('ENTERPRISE', 'EMERGENCY', 30, 'WALL')).toEqual([]);
    expect(withTarget('ENTERPRISE', 'EMERGENCY', 30, 'BUSINESS')).toEqual([]);
    expect(withTarget('ENTERPRISE', 'CRITICAL', 0, 'BUSINESS')).toEqual(['targets.ENTERPRISE.CRITICAL']);
    expect(withTarget('ENTERPRISE', 'CRITICAL', 1.5, 'BUSINESS')).toEqual(['targets.ENTERPRISE.CRITICAL']);
    expect(withTarget('STANDARD', 'STANDARD', 60, 'WALL')).toEqual(['targets.STANDARD.STANDARD']);
    expect(withTarget('STANDARD', 'EMERGENCY', 60, 'WALL')).toEqual(['targets.STANDARD.EMERGENCY']);
    // 45 business hours a week: 13 weeks is 35,100 minutes.
    expect(withTarget('STANDARD', 'STANDARD', 35_100, 'BUSINESS')).toEqual([]);
    expect(withTarget('STANDARD', 'STANDARD', 35_101, 'BUSINESS')).toEqual(['targets.STANDARD.STANDARD']);
    expect(fields({ ...DEFAULT_SUPPORT_SETTINGS, targets: [...DEFAULT_SUPPORT_SETTINGS.targets, DEFAULT_SUPPORT_SETTINGS.targets[0]] })).toEqual([
      'targets.STANDARD.STANDARD',
    ]);
    // A plan may stop offering a priority: no row.
    const noCritical = { ...DEFAULT_SUPPORT_SETTINGS, targets: DEFAULT_SUPPORT_SETTINGS.targets.filter((t) => t.priority !== 'CRITICAL') };
    expect(fields(noCritical)).toEqual([]);
    expect(targetTableFromSettings(noCritical).STANDARD.CRITICAL).toBeNull();
  });

  it('normalises what is saved: Monday first, dates in order, names trimmed', () => {
    const shuffled: SupportSettings = {
      ...DEFAULT_SUPPORT_SETTINGS,
      hours: [...DEFAULT_SUPPORT_SETTINGS.hours].reverse(),
      extraHolidays: [
        { date: '2026-12-31', name: ' Year end ' },
        { date: '2026-05-15', name: 'Company day' },
      ],
      targets: [...DEFAULT_SUPPORT_SETTINGS.targets].reverse(),
    };
    const normal = normalizeSupportSettings(shuffled);
    expect(normal.hours.map((d) => d.weekday)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
    expect(normal.extraHolidays).toEqual([
      { date: '2026-05-15', name: 'Company day' },
      { date: '2026-12-31', name: 'Year end' },
    ]);
    expect(normal.targets).toEqual(DEFAULT_SUPPORT_SETTINGS.targets);
  });
});
