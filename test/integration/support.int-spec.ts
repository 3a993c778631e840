import { DateTime } from 'luxon';
import { createUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const PREVIEW = `query($priority: TicketPriority!, $plan: Plan!, $openedAt: DateTime!) {
  slaPreview(priority: $priority, plan: $plan, openedAt: $openedAt) { firstResponseDueAt targetMinutes clock }
}`;
const STATUS = `{ supportStatus { openNow nextOpeningAt timeZone plan emergencyAvailable targets { priority firstResponseMinutes clock } } }`;
const et = (iso: string) => DateTime.fromISO(iso, { zone: 'America/New_York' }).toUTC().toISO();

/** Support hours and SLA targets through GraphQL (issue 10, items 5 and 6), on the default calendar. */
describe('support status and SLA preview', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('previews first-response due times on the business calendar, as the worked examples say', async () => {
    const staff = await createUser(t, { roles: ['STAFF'] });
    const cases: Array<[string, string, string, string | null]> = [
      ['STANDARD', 'STANDARD', '2026-05-15T17:00', '2026-05-18T17:00'], // Friday 17:00 → Monday 17:00
      ['CRITICAL', 'STANDARD', '2026-05-13T16:00', '2026-05-14T11:00'], // Wednesday 16:00 → Thursday 11:00
      ['STANDARD', 'ENTERPRISE', '2026-11-25T15:00', '2026-11-27T15:00'], // Thanksgiving skipped
      ['EMERGENCY', 'ENTERPRISE', '2026-11-01T01:30', null], // 1 hour around the clock, across the DST change
      ['EMERGENCY', 'STANDARD', '2026-05-13T16:00', null], // not on the standard plan
    ];
    for (const [priority, plan, opened, due] of cases) {
      const { slaPreview } = await staff.client.ok(PREVIEW, { priority, plan, openedAt: et(opened) });
      if (priority === 'EMERGENCY' && plan === 'ENTERPRISE') {
        expect(slaPreview).toEqual({
          firstResponseDueAt: new Date(new Date(et(opened)!).getTime() + 3600_000).toISOString(),
          targetMinutes: 60,
          clock: 'WALL',
        });
      } else if (due === null) {
        expect(slaPreview).toEqual({ firstResponseDueAt: null, targetMinutes: null, clock: null });
      } else {
        expect(slaPreview.firstResponseDueAt).toBe(new Date(et(due)!).toISOString());
        expect(slaPreview.clock).toBe('BUSINESS');
      }
    }
  });

  it('refuses a preview too far from today, naming the field', async () => {
    const staff = await createUser(t, { roles: ['STAFF'] });
    const err = await staff.client.error(PREVIEW, { priority: 'STANDARD', plan: 'STANDARD', openedAt: '2099-01-01T00:00:00.000Z' });
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openedAt' });
  });

  it('tells each person whether support is open, when it opens next, and what their plan promises', async () => {
    const [{ id: orgId }] = await t.db.query(`INSERT INTO organizations (name, plan) VALUES ('Acme Enterprise Support', 'ENTERPRISE') RETURNING id`);
    const enterprise = await createUser(t, { organizationId: orgId });
    const anonymous = (await t.client().ok(STATUS)).supportStatus;
    expect(anonymous).toMatchObject({
      timeZone: 'America/New_York',
      plan: null,
      emergencyAvailable: false,
      targets: [
        { priority: 'STANDARD', firstResponseMinutes: 540, clock: 'BUSINESS' },
        { priority: 'CRITICAL', firstResponseMinutes: 240, clock: 'BUSINESS' },
      ],
    });
    // Open now means no next opening; closed means one in the future, on a weekday at 09:00 New York time.
    if (anonymous.openNow) expect(anonymous.nextOpeningAt).toBeNull();
    else {
      const next = DateTime.fromISO(anonymous.nextOpeningAt, { zone: 'America/New_York' });
      expect(next.toMillis()).toBeGreaterThan(Date.now());
      expect([next.hour, next.minute, next.weekday <= 5]).toEqual([9, 0, true]);
    }
    const mine = (await enterprise.client.ok(STATUS)).supportStatus;
    expect(mine).toMatchObject({ plan: 'ENTERPRISE', emergencyAvailable: true });
    expect(mine.targets).toContainEqual({ priority: 'EMERGENCY', firstResponseMinutes: 60, clock: 'WALL' });
  });
});
