import { DateTime } from 'luxon';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const NY = 'America/New_York';
const SETTINGS = `{
  supportSettings {
    timeZone holidaySource removedHolidays updatedAt
    hours { weekday closed opens closes }
    extraHolidays { date name origin worked }
    targets { plan priority firstResponseMinutes clock }
    upcomingHolidays(months: 12, includeWorked: true) { date name origin worked }
  }
}`;
const UPDATE = `mutation($input: SupportSettingsInput!) {
  updateSupportSettings(input: $input) {
    timeZone holidaySource removedHolidays
    hours { weekday closed opens closes }
    extraHolidays { date name }
    targets { plan priority firstResponseMinutes clock }
    upcomingHolidays { date name origin }
  }
}`;
const PREVIEW = `query($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {
  slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) { firstResponseDueAt targetMinutes clock }
}`;
const STATUS = `{ supportStatus { openNow nextOpeningAt timeZone targets { priority firstResponseMinutes clock } } }`;

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
type Day = { weekday: string; closed: boolean; opens?: string | null; closes?: string | null };
const DEFAULT_TARGETS = [
  { plan: 'STANDARD', priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
  { plan: 'STANDARD', priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
  { plan: 'ENTERPRISE', priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
  { plan: 'ENTERPRISE', priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
  { plan: 'ENTERPRISE', priority: 'EMERGENCY', firstResponseMinutes: 60, clock: 'WALL' },
];
const DEFAULT_HOURS: Day[] = WEEKDAYS.map((weekday, i) => (i < 5 ? { weekday, closed: false, opens: '09:00', closes: '18:00' } : { weekday, closed: true }));
const DEFAULTS = {
  timeZone: NY,
  hours: DEFAULT_HOURS,
  holidaySource: 'US_FEDERAL',
  extraHolidays: [] as Array<{ date: string; name: string }>,
  removedHolidays: [] as string[],
  targets: DEFAULT_TARGETS,
};
const at = (d: DateTime, time: string) => d.set({ hour: Number(time.slice(0, 2)), minute: Number(time.slice(3)) });
const isoOf = (d: DateTime) => d.toUTC().toISO();

/** Admins edit the support calendar and targets (issue 10, items 4, 5 and 10); previews, status and tickets follow. */
describe('support settings', () => {
  let t: TestApp;
  let admin: TestUser;
  let staff: TestUser;
  let member: TestUser;
  /** A Monday (New York) whose week and the next Monday and Tuesday hold no default holiday. */
  let monday: DateTime;

  const save = (input: Partial<typeof DEFAULTS>) => admin.client.ok(UPDATE, { input: { ...DEFAULTS, ...input } });
  const refused = async (input: Partial<typeof DEFAULTS>) => (await admin.client.error(UPDATE, { input: { ...DEFAULTS, ...input } })).extensions;
  const preview = async (priority: string, plan: string, opened: DateTime) =>
    (await staff.client.ok(PREVIEW, { priority, plan, openedAt: isoOf(opened) })).slaPreview.firstResponseDueAt;

  beforeAll(async () => {
    t = await startTestApp({ POST_RATE_LIMIT_PER_MINUTE: '1000', POST_RATE_LIMIT_NEW_ACCOUNT_PER_MINUTE: '1000' });
    admin = await createUser(t, { roles: ['ADMIN'] });
    staff = await createUser(t, { roles: ['STAFF'] });
    member = await createUser(t);
    const { supportSettings } = await staff.client.ok(SETTINGS);
    const holidays = new Set<string>(supportSettings.upcomingHolidays.map((h: { date: string }) => h.date));
    monday = DateTime.now().setZone(NY).startOf('week').plus({ weeks: 1 });
    const quiet = (m: DateTime) => [0, 1, 2, 3, 4, 7, 8].every((d) => !holidays.has(m.plus({ days: d }).toISODate()!));
    while (!quiet(monday)) monday = monday.plus({ weeks: 1 });
  });
  afterEach(() => save({}));
  afterAll(() => t.close());

  it('shows staff the policy defaults, with the US federal holidays of the next twelve months', async () => {
    const { supportSettings: s } = await staff.client.ok(SETTINGS);
    expect(s).toMatchObject({ timeZone: NY, holidaySource: 'US_FEDERAL', extraHolidays: [], removedHolidays: [], targets: DEFAULT_TARGETS });
    expect(s.hours).toEqual(DEFAULT_HOURS.map((d) => ({ opens: null, closes: null, ...d })));
    // Eleven federal holidays a year; a 12-month window holds 11 or 12 (the same holiday twice at its edges).
    expect(s.upcomingHolidays.length).toBeGreaterThanOrEqual(11);
    expect(s.upcomingHolidays.every((h: any) => h.origin === 'SOURCE' && !h.worked)).toBe(true);
    expect(s.upcomingHolidays.map((h: any) => h.name)).toContain('Thanksgiving Day');
  });

  it('moves a Friday 17:00 STANDARD preview when the admin adds a holiday on that Friday', async () => {
    const friday = at(monday.plus({ days: 4 }), '17:00');
    expect(await preview('STANDARD', 'STANDARD', friday)).toBe(isoOf(at(monday.plus({ weeks: 1 }), '17:00')));
    const { updateSupportSettings } = await save({ extraHolidays: [{ date: friday.toISODate()!, name: ' Company offsite ' }] });
    expect(updateSupportSettings.extraHolidays).toEqual([{ date: friday.toISODate(), name: 'Company offsite' }]);
    expect(updateSupportSettings.upcomingHolidays).toContainEqual({ date: friday.toISODate(), name: 'Company offsite', origin: 'EXTRA' });
    // Closed all Friday: the nine business hours start Monday 09:00.
    expect(await preview('STANDARD', 'STANDARD', friday)).toBe(isoOf(at(monday.plus({ weeks: 1 }), '18:00')));
  });

  it('closes Mondays: Friday 17:00 STANDARD is due on Tuesday', async () => {
    await save({ hours: DEFAULT_HOURS.map((d) => (d.weekday === 'MONDAY' ? { weekday: 'MONDAY', closed: true } : d)) });
    const { supportSettings } = await staff.client.ok(SETTINGS);
    expect(supportSettings.hours[0]).toEqual({ weekday: 'MONDAY', closed: true, opens: null, closes: null });
    expect(await preview('STANDARD', 'STANDARD', at(monday.plus({ days: 4 }), '17:00'))).toBe(isoOf(at(monday.plus({ days: 8 }), '17:00')));
  });

  it('changes CRITICAL to 2 hours: previews, support status and new tickets use it', async () => {
    const wednesday = at(monday.plus({ days: 2 }), '16:00');
    expect(await preview('CRITICAL', 'ENTERPRISE', wednesday)).toBe(isoOf(at(monday.plus({ days: 3 }), '11:00')));
    await save({ targets: DEFAULT_TARGETS.map((x) => (x.priority === 'CRITICAL' ? { ...x, firstResponseMinutes: 120 } : x)) });
    expect(await preview('CRITICAL', 'ENTERPRISE', wednesday)).toBe(isoOf(at(wednesday, '18:00')));
    const { supportStatus } = await member.client.ok(STATUS);
    expect(supportStatus.targets).toEqual([
      { priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
      { priority: 'CRITICAL', firstResponseMinutes: 120, clock: 'BUSINESS' },
    ]);

    // Open around the clock, no holidays: a ticket filed now is due exactly two hours later.
    await save({
      hours: WEEKDAYS.map((weekday) => ({ weekday, closed: false, opens: '00:00', closes: '24:00' })),
      holidaySource: 'NONE',
      targets: DEFAULT_TARGETS.map((x) => (x.priority === 'CRITICAL' ? { ...x, firstResponseMinutes: 120 } : x)),
    });
    const forum = await createForum(staff, { name: 'Support settings tickets' });
    const thread = await createThread(member, forum.id, { title: 'Routing stopped after the settings change' });
    const { escalateThread: ticket } = await member.client.ok(
      `mutation($input: EscalateThreadInput!) { escalateThread(input: $input) { openedAt firstResponseDueAt } }`,
      { input: { threadId: thread.id, priority: 'CRITICAL', whatHappened: 'Leads stopped routing.' } },
    );
    expect(new Date(ticket.firstResponseDueAt).getTime() - new Date(ticket.openedAt).getTime()).toBe(120 * 60_000);
  });

  it('tells everyone whether support is open by the saved hours and time zone', async () => {
    const { updateSupportSettings } = await save({
      hours: WEEKDAYS.map((weekday) => ({ weekday, closed: false, opens: '00:00', closes: '24:00' })),
      holidaySource: 'NONE',
    });
    expect(updateSupportSettings.hours[6]).toEqual({ weekday: 'SUNDAY', closed: false, opens: '00:00', closes: '24:00' });
    expect((await t.client().ok(STATUS)).supportStatus).toMatchObject({ openNow: true, nextOpeningAt: null, timeZone: NY });

    // Open only on the weekday three days from today in Berlin, 10:00–12:00.
    const berlinToday = DateTime.now().setZone('Europe/Berlin');
    const openDay = berlinToday.plus({ days: 3 });
    await save({
      timeZone: 'Europe/Berlin',
      hours: WEEKDAYS.map((weekday, i) =>
        i + 1 === openDay.weekday ? { weekday, closed: false, opens: '10:00', closes: '12:00' } : { weekday, closed: true },
      ),
      holidaySource: 'NONE',
    });
    const { supportStatus } = await t.client().ok(STATUS);
    expect(supportStatus).toMatchObject({ openNow: false, timeZone: 'Europe/Berlin' });
    expect(supportStatus.nextOpeningAt).toBe(isoOf(at(openDay.startOf('day'), '10:00')));
  });

  it('works a source holiday when the admin marks it worked', async () => {
    const { supportSettings } = await staff.client.ok(SETTINGS);
    const thanksgiving = supportSettings.upcomingHolidays.find((h: any) => h.name === 'Thanksgiving Day').date as string;
    const wednesday = at(DateTime.fromISO(thanksgiving, { zone: NY }).minus({ days: 1 }), '15:00');
    expect(await preview('STANDARD', 'STANDARD', wednesday)).toBe(isoOf(at(wednesday.plus({ days: 2 }), '15:00')));
    await save({ removedHolidays: [thanksgiving] });
    expect(await preview('STANDARD', 'STANDARD', wednesday)).toBe(isoOf(at(wednesday.plus({ days: 1 }), '15:00')));
    const after = (await staff.client.ok(SETTINGS)).supportSettings;
    expect(after.removedHolidays).toEqual([thanksgiving]);
    expect(after.upcomingHolidays).toContainEqual({ date: thanksgiving, name: 'Thanksgiving Day', origin: 'SOURCE', worked: true });
  });

  it('refuses bad settings, naming the field, and keeps what was saved', async () => {
    expect(await refused({ timeZone: 'Mars/Olympus' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await refused({ hours: DEFAULT_HOURS.map((d) => (d.weekday === 'MONDAY' ? { ...d, opens: '18:00', closes: '09:00' } : d)) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hours.MONDAY',
    });
    expect(await refused({ hours: DEFAULT_HOURS.map((d) => (d.weekday === 'TUESDAY' ? { ...d, opens: '9 am' } : d)) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hours.TUESDAY',
    });
    expect(await refused({ hours: WEEKDAYS.map((weekday) => ({ weekday, closed: true })) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect(
      await refused({
        extraHolidays: [
          { date: '2027-03-05', name: 'Offsite' },
          { date: '2027-03-05', name: 'Offsite again' },
        ],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'extraHolidays' });
    expect(await refused({ removedHolidays: ['2027-03-05'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'removedHolidays' });
    expect(
      await refused({ targets: DEFAULT_TARGETS.map((x) => (x.plan === 'STANDARD' && x.priority === 'CRITICAL' ? { ...x, firstResponseMinutes: 0 } : x)) }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targets.STANDARD.CRITICAL',
    });
    expect(
      await refused({ targets: [...DEFAULT_TARGETS, { plan: 'STANDARD', priority: 'EMERGENCY', firstResponseMinutes: 60, clock: 'WALL' }] }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targets.STANDARD.EMERGENCY',
    });
    expect(
      await refused({ targets: DEFAULT_TARGETS.map((x) => (x.priority === 'STANDARD' && x.plan === 'ENTERPRISE' ? { ...x, clock: 'WALL' } : x)) }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targets.ENTERPRISE.STANDARD',
    });
    const tooFar = await staff.client.error(`{ supportSettings { upcomingHolidays(months: 25) { date } } }`);
    expect(tooFar.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    const { supportSettings } = await staff.client.ok(SETTINGS);
    expect(supportSettings).toMatchObject({ timeZone: NY, extraHolidays: [], removedHolidays: [], targets: DEFAULT_TARGETS });
  });

  it('lets staff read but only admins write; members and visitors are refused', async () => {
    expect((await staff.client.error(UPDATE, { input: DEFAULTS })).extensions?.code).toBe('FORBIDDEN');
    expect((await member.client.error(SETTINGS)).extensions?.code).toBe('FORBIDDEN');
    expect((await member.client.error(UPDATE, { input: DEFAULTS })).extensions?.code).toBe('FORBIDDEN');
    expect((await t.client().error(SETTINGS)).extensions?.code).toBe('FORBIDDEN');
    expect((await admin.client.ok(SETTINGS)).supportSettings.timeZone).toBe(NY);
  });
});
