import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addBusinessMinutes,
  BusinessCalendar,
  BusinessCalendarError,
  businessMinutesBetween,
  createBusinessCalendar,
  DEFAULT_SLA_TARGETS,
  defaultBusinessCalendar,
  defaultHolidays,
  dueAt,
  isBusinessTime,
  MAX_SEARCH_DAYS,
  nextOpening,
  SlaTarget,
  WEEKDAYS,
  WeeklyHours,
} from './business-calendar';

const NEW_YORK = 'America/New_York';
/** A local New York time (`2026-03-06T16:00`, or with an explicit offset for the ambiguous fall-back hour). */
const et = (local: string): Date => DateTime.fromISO(local, { zone: NEW_YORK }).toJSDate();
const iso = (at: Date | null): string | null => (at === null ? null : DateTime.fromJSDate(at, { zone: NEW_YORK }).toISO({ suppressMilliseconds: true }));
const MINUTE = 60_000;

const calendar = defaultBusinessCalendar(2024, 2031);
const STANDARD = DEFAULT_SLA_TARGETS.ENTERPRISE.STANDARD!.firstResponse;
const CRITICAL = DEFAULT_SLA_TARGETS.ENTERPRISE.CRITICAL!.firstResponse;
const EMERGENCY = DEFAULT_SLA_TARGETS.ENTERPRISE.EMERGENCY!.firstResponse;

const due = (openedAt: Date, target: SlaTarget, pauses: Array<{ from: Date; to: Date | null }> = []) => dueAt(calendar, { openedAt, target, pauses });

// Properties run on a fixed seed, so CI gives the same answer every time; FC_SEED=<n> (or FC_SEED=random) explores more.
fc.configureGlobal({ seed: process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261130) });

describe('default SLA targets', () => {
  it('follows the policy: 9 and 4 business hours, 1 hour around the clock for enterprise emergencies only', () => {
    expect(DEFAULT_SLA_TARGETS).toEqual({
      STANDARD: {
        STANDARD: { firstResponse: { minutes: 540, clock: 'BUSINESS' } },
        CRITICAL: { firstResponse: { minutes: 240, clock: 'BUSINESS' } },
        EMERGENCY: null,
      },
      ENTERPRISE: {
        STANDARD: { firstResponse: { minutes: 540, clock: 'BUSINESS' } },
        CRITICAL: { firstResponse: { minutes: 240, clock: 'BUSINESS' } },
        EMERGENCY: { firstResponse: { minutes: 60, clock: 'WALL' } },
      },
    });
    expect(Object.isFrozen(DEFAULT_SLA_TARGETS.ENTERPRISE.STANDARD!.firstResponse)).toBe(true);
  });
});

describe('worked examples (New York time)', () => {
  // [case, opened at, target, pauses, due at]
  const table: Array<[string, Date, SlaTarget, Array<{ from: Date; to: Date | null }>, string]> = [
    ['STANDARD opened Friday 17:00 is due Monday 17:00', et('2026-05-15T17:00'), STANDARD, [], '2026-05-18T17:00:00-04:00'],
    ['STANDARD opened on a Saturday counts from Monday 09:00 and is due at Monday close', et('2026-05-16T11:00'), STANDARD, [], '2026-05-18T18:00:00-04:00'],
    ['CRITICAL opened on a Saturday is due Monday 13:00', et('2026-05-16T11:00'), CRITICAL, [], '2026-05-18T13:00:00-04:00'],
    ['CRITICAL opened Wednesday 16:00 is due Thursday 11:00', et('2026-05-13T16:00'), CRITICAL, [], '2026-05-14T11:00:00-04:00'],
    // 3 hours on Wednesday, Thanksgiving closed, 6 hours on Friday 27 Nov (not a federal holiday: open)
    ['STANDARD opened the day before Thanksgiving 15:00 is due Friday 27 Nov 15:00', et('2026-11-25T15:00'), STANDARD, [], '2026-11-27T15:00:00-05:00'],
    // 2 hours on Friday (EST), 7 hours on Monday (EDT): the clock counts local business hours across the change
    [
      'STANDARD opened Friday 6 March 16:00 (spring forward on Sunday) is due Monday 9 March 16:00 EDT',
      et('2026-03-06T16:00'),
      STANDARD,
      [],
      '2026-03-09T16:00:00-04:00',
    ],
    [
      'STANDARD opened Friday 30 October 16:00 (fall back on Sunday) is due Monday 2 November 16:00 EST',
      et('2026-10-30T16:00'),
      STANDARD,
      [],
      '2026-11-02T16:00:00-05:00',
    ],
    // around the clock means 60 real minutes: 01:30 EST + 60 min = 03:30 EDT (02:xx does not exist that night)
    ['EMERGENCY opened 01:30 on 8 March (spring forward) is due 03:30 EDT', et('2026-03-08T01:30'), EMERGENCY, [], '2026-03-08T03:30:00-04:00'],
    // 01:30 EDT + 60 min = 01:30 EST (the hour is repeated)
    [
      'EMERGENCY opened 01:30 EDT on 1 November (fall back) is due 01:30 EST',
      new Date('2026-11-01T01:30:00-04:00'),
      EMERGENCY,
      [],
      '2026-11-01T01:30:00-05:00',
    ],
    ['EMERGENCY opened Saturday 23:30 is due Sunday 00:30', et('2026-05-16T23:30'), EMERGENCY, [], '2026-05-17T00:30:00-04:00'],
    // 1 hour Monday 09–10, clock stopped until Tuesday 10:00, the remaining 8 hours end at Tuesday close
    [
      'STANDARD opened Monday 09:00, PENDING from Monday 10:00 to Tuesday 10:00, is due Tuesday 18:00',
      et('2026-05-11T09:00'),
      STANDARD,
      [{ from: et('2026-05-11T10:00'), to: et('2026-05-12T10:00') }],
      '2026-05-12T18:00:00-04:00',
    ],
    // July 4 2026 is a Saturday: the observed Friday 3 July is closed; 1 hour Thursday, 8 hours Monday
    ['STANDARD opened Thursday 2 July 17:00 skips the observed Independence Day', et('2026-07-02T17:00'), STANDARD, [], '2026-07-06T17:00:00-04:00'],
    [
      'EMERGENCY paused for 30 minutes is due 90 real minutes after opening',
      et('2026-05-16T23:30'),
      EMERGENCY,
      [{ from: et('2026-05-16T23:40'), to: et('2026-05-17T00:10') }],
      '2026-05-17T01:00:00-04:00',
    ],
  ];

  it.each(table)('%s', (_case, openedAt, target, pauses, expected) => {
    expect(iso(due(openedAt, target, pauses))).toBe(expected);
  });

  it('works out the same instants as the plain business-minute functions', () => {
    expect(iso(addBusinessMinutes(calendar, et('2026-05-15T17:00'), 540))).toBe('2026-05-18T17:00:00-04:00');
    expect(businessMinutesBetween(calendar, et('2026-11-25T15:00'), et('2026-11-27T15:00'))).toBe(540);
    expect(businessMinutesBetween(calendar, et('2026-03-06T16:00'), et('2026-03-09T16:00'))).toBe(540);
    expect(businessMinutesBetween(calendar, et('2026-10-30T16:00'), et('2026-11-02T16:00'))).toBe(540);
  });

  it('keeps the observed Independence Day 2026 (Friday 3 July) and Thanksgiving closed, and the day after Thanksgiving open', () => {
    expect(isBusinessTime(calendar, et('2026-07-03T12:00'))).toBe(false);
    expect(iso(nextOpening(calendar, et('2026-07-03T12:00')))).toBe('2026-07-06T09:00:00-04:00');
    expect(isBusinessTime(calendar, et('2026-11-26T12:00'))).toBe(false);
    expect(isBusinessTime(calendar, et('2026-11-27T12:00'))).toBe(true);
  });

  it('treats opening as business time and closing as not', () => {
    expect(isBusinessTime(calendar, et('2026-05-13T09:00'))).toBe(true);
    expect(isBusinessTime(calendar, et('2026-05-13T17:59:59.999'))).toBe(true);
    expect(isBusinessTime(calendar, et('2026-05-13T18:00'))).toBe(false);
    expect(isBusinessTime(calendar, et('2026-05-13T08:59:59.999'))).toBe(false);
    expect(iso(nextOpening(calendar, et('2026-05-13T18:00')))).toBe('2026-05-14T09:00:00-04:00');
    expect(iso(nextOpening(calendar, et('2026-05-13T12:34')))).toBe('2026-05-13T12:34:00-04:00');
    expect(iso(nextOpening(calendar, et('2026-05-15T18:00')))).toBe('2026-05-18T09:00:00-04:00');
  });
});

describe('dueAt with pauses', () => {
  const openedAt = et('2026-05-11T09:00');

  it('has no due time while a pause that began before the target ran out is still running', () => {
    expect(due(openedAt, STANDARD, [{ from: et('2026-05-11T10:00'), to: null }])).toBeNull();
    expect(due(openedAt, EMERGENCY, [{ from: et('2026-05-11T09:30'), to: null }])).toBeNull();
    expect(due(openedAt, STANDARD, [{ from: openedAt, to: null }])).toBeNull();
  });

  it('keeps the due time when the ticket went PENDING only after the target ran out', () => {
    expect(iso(due(openedAt, STANDARD, [{ from: et('2026-05-11T18:00'), to: null }]))).toBe('2026-05-11T18:00:00-04:00');
    expect(iso(due(openedAt, CRITICAL, [{ from: et('2026-05-12T09:00'), to: et('2026-05-13T09:00') }]))).toBe('2026-05-11T13:00:00-04:00');
  });

  it('merges overlapping pauses given in any order and ignores the part before opening', () => {
    const pauses = [
      { from: et('2026-05-11T12:00'), to: et('2026-05-11T14:00') },
      { from: et('2026-05-10T12:00'), to: et('2026-05-11T10:00') },
      { from: et('2026-05-11T11:00'), to: et('2026-05-11T13:00') },
    ];
    // running 10:00–11:00 and 14:00–18:00 on Monday (5 h), the remaining 4 h end Tuesday 13:00
    expect(iso(due(openedAt, STANDARD, pauses))).toBe('2026-05-12T13:00:00-04:00');
  });

  it('does not count a pause outside business hours', () => {
    expect(iso(due(openedAt, STANDARD, [{ from: et('2026-05-11T20:00'), to: et('2026-05-12T08:00') }]))).toBe(iso(due(openedAt, STANDARD)));
  });

  it('refuses a pause that ends before it begins', () => {
    expect(() => due(openedAt, STANDARD, [{ from: et('2026-05-11T12:00'), to: et('2026-05-11T11:00') }])).toThrow(BusinessCalendarError);
  });
});

describe('default US federal holidays', () => {
  it('lists the eleven federal holidays of 2026 on their observed dates', () => {
    expect(defaultHolidays(2026, 2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03', // July 4 is a Saturday
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26', // not Friday 27 November: the day after Thanksgiving is no federal holiday
      '2026-12-25',
    ]);
  });

  it('moves Sunday holidays to Monday and Saturday ones to Friday, across the year end too', () => {
    const y2027 = defaultHolidays(2027, 2027);
    expect(y2027).toEqual(expect.arrayContaining(['2027-06-18', '2027-07-05', '2027-12-24', '2027-12-31']));
    expect(y2027).not.toEqual(expect.arrayContaining(['2027-06-19']));
    expect(y2027).not.toContain('2027-07-04');
    expect(y2027).not.toContain('2027-12-25');
    expect(y2027).toHaveLength(12); // 31 Dec 2027 is New Year's Day 2028 observed
    expect(defaultHolidays(2028, 2028)).toContain('2028-11-10'); // Veterans Day observed (date-holidays files it as "bank")
    expect(defaultHolidays(2028, 2028)).not.toContain('2028-01-01');
    expect(defaultHolidays(2028, 2028)).not.toContain('2028-11-07'); // Election Day is an observance, not federal
  });

  it('gives these dates for the twelve months from 30 November 2026', () => {
    expect(defaultHolidays(2026, 2027).filter((date) => date >= '2026-11-30' && date < '2027-11-30')).toEqual([
      '2026-12-25',
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
    ]);
  });

  it('refuses a reversed range and an unknown country', () => {
    expect(() => defaultHolidays(2027, 2026)).toThrow(BusinessCalendarError);
    expect(() => defaultHolidays(2026, 2026, 'XX')).toThrow(BusinessCalendarError);
  });
});

describe('calendar validation and bounded work', () => {
  const closed: WeeklyHours = { MONDAY: [], TUESDAY: [], WEDNESDAY: [], THURSDAY: [], FRIDAY: [], SATURDAY: [], SUNDAY: [] };

  it('refuses a calendar with no business hours at all instead of searching forever', () => {
    const noHours: BusinessCalendar = { timeZone: NEW_YORK, weeklyHours: closed, holidays: [] };
    expect(() => createBusinessCalendar({ weeklyHours: closed })).toThrow(expect.objectContaining({ code: 'NO_BUSINESS_HOURS' }));
    expect(() => addBusinessMinutes(noHours, et('2026-05-11T09:00'), 1)).toThrow(expect.objectContaining({ code: 'NO_BUSINESS_HOURS' }));
    expect(() => nextOpening(noHours, et('2026-05-11T09:00'))).toThrow(BusinessCalendarError);
  });

  it('gives up after the search horizon when holidays close every open day', () => {
    const mondays: string[] = [];
    for (let day = DateTime.fromISO('2026-05-11', { zone: NEW_YORK }); mondays.length < MAX_SEARCH_DAYS / 7 + 2; day = day.plus({ weeks: 1 })) {
      mondays.push(day.toISODate()!);
    }
    const mondaysOnly = createBusinessCalendar({ weeklyHours: { ...closed, MONDAY: [{ opens: '09:00', closes: '10:00' }] }, holidays: mondays });
    expect(() => addBusinessMinutes(mondaysOnly, et('2026-05-11T09:00'), 1)).toThrow(expect.objectContaining({ code: 'HORIZON_EXCEEDED' }));
    expect(() => nextOpening(mondaysOnly, et('2026-05-11T09:00'))).toThrow(expect.objectContaining({ code: 'HORIZON_EXCEEDED' }));
  });

  it('reads a plain (unfrozen) calendar afresh on every call', () => {
    const editable = { timeZone: NEW_YORK, weeklyHours: { ...calendar.weeklyHours }, holidays: [] as string[] };
    expect(isBusinessTime(editable, et('2026-05-13T12:00'))).toBe(true);
    editable.holidays.push('2026-05-13');
    expect(isBusinessTime(editable, et('2026-05-13T12:00'))).toBe(false);
  });

  it('refuses bad zones, windows, holidays and minutes', () => {
    expect(() => createBusinessCalendar({ timeZone: 'Eastern' })).toThrow(expect.objectContaining({ code: 'INVALID_CALENDAR' }));
    expect(() => createBusinessCalendar({ weeklyHours: { ...closed, MONDAY: [{ opens: '18:00', closes: '09:00' }] } })).toThrow(BusinessCalendarError);
    expect(() =>
      createBusinessCalendar({
        weeklyHours: {
          ...closed,
          MONDAY: [
            { opens: '09:00', closes: '13:00' },
            { opens: '12:00', closes: '18:00' },
          ],
        },
      }),
    ).toThrow(BusinessCalendarError);
    expect(() => createBusinessCalendar({ weeklyHours: { ...closed, MONDAY: [{ opens: '9:00', closes: '18:00' }] } })).toThrow(BusinessCalendarError);
    expect(() => createBusinessCalendar({ holidays: ['2026-02-30'] })).toThrow(BusinessCalendarError);
    expect(() => addBusinessMinutes(calendar, et('2026-05-11T09:00'), -1)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => addBusinessMinutes(calendar, et('2026-05-11T09:00'), Number.NaN)).toThrow(BusinessCalendarError);
  });

  it('accepts per-weekday windows, split days and round-the-clock days', () => {
    const custom = createBusinessCalendar({
      weeklyHours: {
        ...closed,
        MONDAY: [
          { opens: '08:00', closes: '12:00' },
          { opens: '13:00', closes: '17:00' },
        ],
        SATURDAY: [{ opens: '00:00', closes: '24:00' }],
      },
    });
    expect(iso(addBusinessMinutes(custom, et('2026-05-11T11:00'), 120))).toBe('2026-05-11T14:00:00-04:00');
    expect(isBusinessTime(custom, et('2026-05-11T12:30'))).toBe(false);
    expect(businessMinutesBetween(custom, et('2026-05-16T00:00'), et('2026-05-17T00:00'))).toBe(24 * 60);
    expect(iso(addBusinessMinutes(custom, et('2026-05-11T17:00'), 24 * 60))).toBe('2026-05-17T00:00:00-04:00');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

const YEARS = { min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z') };
const DST_CHANGES = [
  '2024-03-10T07:00:00Z',
  '2024-11-03T06:00:00Z',
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2029-03-11T07:00:00Z',
  '2029-11-04T06:00:00Z',
];
/** Random instants over several years, half of them within three days of a New York DST change. */
const anInstant = fc.oneof(
  fc.date({ ...YEARS, noInvalidDate: true }),
  fc
    .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }))
    .map(([change, minutes]) => new Date(Date.parse(change) + minutes * MINUTE)),
);
const someMinutes = fc.integer({ min: 0, max: 9 * 60 * 15 });

const hhmm = (minutes: number) =>
  minutes === 1440 ? '24:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
/** Random admin-edited calendars: zones with and without DST, split and round-the-clock days, random holidays. */
const aCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(NEW_YORK, 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'),
    days: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { maxLength: 4 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.array(fc.date({ ...YEARS, noInvalidDate: true }), { maxLength: 30 }),
  })
  .filter(({ days }) => days.some((bounds) => bounds.length >= 2))
  .map(({ timeZone, days, holidays }) => {
    const weeklyHours = Object.fromEntries(
      WEEKDAYS.map((weekday, i) => {
        const bounds = [...days[i]].sort((a, b) => a - b).map((half) => half * 30);
        const windows = [];
        for (let j = 0; j + 1 < bounds.length; j += 2) windows.push({ opens: hhmm(bounds[j]), closes: hhmm(bounds[j + 1]) });
        return [weekday, windows];
      }),
    ) as unknown as WeeklyHours;
    return createBusinessCalendar({ timeZone, weeklyHours, holidays: holidays.map((d) => d.toISOString().slice(0, 10)) });
  })
  // At least 8 open hours a week, so that the largest targets here stay well inside the search horizon.
  .filter(
    (cal) => WEEKDAYS.reduce((sum, weekday) => sum + cal.weeklyHours[weekday].reduce((day, w) => day + minuteOf(w.closes) - minuteOf(w.opens), 0), 0) >= 8 * 60,
  );
/** The policy calendar most of the time, random ones otherwise. */
const anyCalendar = fc.oneof({ weight: 1, arbitrary: fc.constant(calendar) }, { weight: 1, arbitrary: aCalendar });

const later = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? [a, b] : [b, a]);

describe('business-minute properties', () => {
  it('never puts the due instant before the start', () => {
    fc.assert(fc.property(anyCalendar, anInstant, someMinutes, (cal, start, m) => addBusinessMinutes(cal, start, m).getTime() >= start.getTime()));
  });

  it('is monotonic in the minutes and in the start', () => {
    fc.assert(
      fc.property(anyCalendar, anInstant, anInstant, someMinutes, someMinutes, (cal, s1, s2, m1, m2) => {
        const [early, late] = later(s1, s2);
        const [few, many] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addBusinessMinutes(cal, early, few).getTime()).toBeLessThanOrEqual(addBusinessMinutes(cal, early, many).getTime());
        expect(addBusinessMinutes(cal, early, few).getTime()).toBeLessThanOrEqual(addBusinessMinutes(cal, late, few).getTime());
      }),
    );
  });

  it('is additive: adding a then b is adding a + b', () => {
    fc.assert(
      fc.property(anyCalendar, anInstant, someMinutes, someMinutes, (cal, start, a, b) => {
        expect(addBusinessMinutes(cal, addBusinessMinutes(cal, start, a), b).getTime()).toBe(addBusinessMinutes(cal, start, a + b).getTime());
      }),
    );
  });

  it('puts a due instant (minutes > 0) inside business hours or exactly at a closing instant', () => {
    fc.assert(
      fc.property(anyCalendar, anInstant, fc.integer({ min: 1, max: 9 * 60 * 15 }), (cal, start, m) => {
        const at = addBusinessMinutes(cal, start, m);
        // the millisecond before is business time: `at` is open, or it is the closing instant of the window
        expect(isBusinessTime(cal, new Date(at.getTime() - 1))).toBe(true);
      }),
    );
  });

  it('on the policy calendar, due instants fall on open weekdays between 09:00 (exclusive) and 18:00 (inclusive), New York time', () => {
    const holidays = new Set(calendar.holidays);
    fc.assert(
      fc.property(anInstant, fc.integer({ min: 1, max: 9 * 60 * 15 }), (start, m) => {
        const local = DateTime.fromJSDate(addBusinessMinutes(calendar, start, m), { zone: NEW_YORK });
        const minuteOfDay = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / MINUTE;
        expect(local.weekday).toBeLessThanOrEqual(5);
        expect(holidays.has(local.toISODate()!)).toBe(false);
        expect(minuteOfDay).toBeGreaterThan(9 * 60);
        expect(minuteOfDay).toBeLessThanOrEqual(18 * 60);
      }),
    );
  });

  it('measures back exactly the minutes added', () => {
    fc.assert(
      fc.property(anyCalendar, anInstant, someMinutes, (cal, at, m) => {
        const start = nextOpening(cal, at); // inside hours
        expect(isBusinessTime(cal, start)).toBe(true);
        expect(businessMinutesBetween(cal, start, addBusinessMinutes(cal, start, m))).toBe(m);
        // from outside hours too: the closed stretch before the opening counts nothing
        expect(businessMinutesBetween(cal, at, addBusinessMinutes(cal, at, m))).toBe(m);
      }),
    );
  });

  it('adds up business minutes over consecutive intervals', () => {
    fc.assert(
      fc.property(anyCalendar, fc.array(anInstant, { minLength: 3, maxLength: 3 }), (cal, instants) => {
        const [a, b, c] = [...instants].sort((x, y) => x.getTime() - y.getTime());
        if (c.getTime() - a.getTime() > 400 * 24 * 60 * MINUTE) return;
        expect(businessMinutesBetween(cal, a, c)).toBeCloseTo(businessMinutesBetween(cal, a, b) + businessMinutesBetween(cal, b, c), 9);
      }),
    );
  });

  it('skips weekends and holidays: no business minute on them, and the next opening is the first open instant', () => {
    fc.assert(
      fc.property(anInstant, (at) => {
        const local = DateTime.fromJSDate(at, { zone: NEW_YORK });
        const closedDay = local.weekday >= 6 || calendar.holidays.includes(local.toISODate()!);
        if (closedDay) {
          expect(isBusinessTime(calendar, at)).toBe(false);
          const dayStart = local.startOf('day').toJSDate();
          const dayEnd = local.plus({ days: 1 }).startOf('day').toJSDate();
          expect(businessMinutesBetween(calendar, dayStart, dayEnd)).toBe(0);
        }
        const opening = nextOpening(calendar, at);
        expect(opening.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(isBusinessTime(calendar, opening)).toBe(true);
        expect(businessMinutesBetween(calendar, at, opening)).toBe(0);
      }),
    );
  });

  it('counts each New York business day as 540 real minutes, DST days included', () => {
    fc.assert(
      fc.property(anInstant, (at) => {
        const local = DateTime.fromJSDate(at, { zone: NEW_YORK });
        const minutes = businessMinutesBetween(calendar, local.startOf('day').toJSDate(), local.plus({ days: 1 }).startOf('day').toJSDate());
        expect([0, 540]).toContain(minutes);
      }),
    );
  });
});

describe('dueAt properties', () => {
  /** An opening instant and disjoint pauses in order around it (from 10 days before to 60 days after). */
  const openedWithPauses = anInstant.chain((openedAt) =>
    fc.tuple(
      fc.constant(openedAt),
      fc.array(fc.integer({ min: -10 * 24 * 60, max: 60 * 24 * 60 }), { maxLength: 6 }).map((offsets) => {
        const sorted = [...offsets].sort((x, y) => x - y).map((minutes) => new Date(openedAt.getTime() + minutes * MINUTE));
        const pauses: Array<{ from: Date; to: Date }> = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) pauses.push({ from: sorted[i], to: sorted[i + 1] });
        return pauses;
      }),
    ),
  );

  it('without pauses is addBusinessMinutes (BUSINESS) or plain addition (WALL)', () => {
    fc.assert(
      fc.property(anInstant, someMinutes, (openedAt, minutes) => {
        expect(dueAt(calendar, { openedAt, target: { minutes, clock: 'BUSINESS' }, pauses: [] })).toEqual(addBusinessMinutes(calendar, openedAt, minutes));
        expect(dueAt(calendar, { openedAt, target: { minutes, clock: 'WALL' }, pauses: [] })).toEqual(new Date(openedAt.getTime() + minutes * MINUTE));
      }),
    );
  });

  it('runs exactly the target between opening and due, not counting paused time', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        openedWithPauses,
        someMinutes,
        fc.constantFrom<'BUSINESS' | 'WALL'>('BUSINESS', 'WALL'),
        (cal, [openedAt, pauses], minutes, clock) => {
          const at = dueAt(cal, { openedAt, target: { minutes, clock }, pauses })!;
          const measure = (from: Date, to: Date) =>
            clock === 'BUSINESS' ? businessMinutesBetween(cal, from, to) : Math.max(0, to.getTime() - from.getTime()) / MINUTE;
          const clip = (t: Date) => new Date(Math.min(Math.max(t.getTime(), openedAt.getTime()), at.getTime()));
          const paused = pauses.reduce((sum, pause) => sum + measure(clip(pause.from), clip(pause.to)), 0);
          expect(at.getTime()).toBeGreaterThanOrEqual(openedAt.getTime());
          expect(at.getTime()).toBeGreaterThanOrEqual(dueAt(cal, { openedAt, target: { minutes, clock }, pauses: [] })!.getTime());
          expect(measure(openedAt, at) - paused).toBeCloseTo(minutes, 9);
        },
      ),
    );
  });
});
