import { DateTime } from 'luxon';
import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const NY = 'America/New_York';

describeBrowser('support hours, holidays and targets, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let admin: TestUser;
  let staff: TestUser;
  /** A Friday (New York) that is no holiday, and whose next Monday is none either. */
  let friday: DateTime;

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    admin = await createUser(t, { roles: ['ADMIN'], displayName: 'Ada Admin' });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Sam Staff' });
    const { supportSettings } = await admin.client.ok(`{ supportSettings { upcomingHolidays { date } } }`);
    const holidays = new Set<string>(supportSettings.upcomingHolidays.map((h: { date: string }) => h.date));
    friday = DateTime.now().setZone(NY).startOf('week').plus({ weeks: 1, days: 4 }).set({ hour: 17 });
    while (holidays.has(friday.toISODate()!) || holidays.has(friday.plus({ days: 3 }).toISODate()!)) friday = friday.plus({ weeks: 1 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets an admin add a holiday, save it, and see a preview move past it', async () => {
    const { page } = await signInTab(browser, t.url, admin, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/profile`);
    await page.getByRole('link', { name: 'Support: business hours, holidays and SLA targets' }).click();
    await page.getByRole('heading', { name: 'Support hours and targets', level: 1 }).waitFor();
    expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe(NY);
    await page
      .getByRole('checkbox', { name: /^Worked day: Thanksgiving Day/ })
      .first()
      .waitFor();

    // Before: Friday 17:00 STANDARD is due on Monday at 17:00.
    const due = page.getByTestId('sla-preview-result').locator('time');
    await page.getByLabel('Priority', { exact: true }).selectOption('STANDARD');
    await page.getByLabel('Plan', { exact: true }).selectOption('STANDARD');
    await page.getByLabel(`Opened at (${NY})`).fill(friday.toFormat("yyyy-MM-dd'T'HH:mm"));
    await page.getByRole('button', { name: 'Preview due time' }).click();
    await due.first().waitFor();
    expect(await due.first().getAttribute('datetime')).toBe(friday.plus({ days: 3 }).toUTC().toISO());

    await page.getByLabel('Date', { exact: true }).fill(friday.toISODate()!);
    await page.getByLabel('Name', { exact: true }).fill('Company offsite');
    await page.getByRole('button', { name: 'Add holiday' }).click();
    await page.getByRole('button', { name: 'Save support settings' }).click();
    await page.getByText('Saved. New tickets, previews and support status use these settings now.').waitFor();
    await page.getByRole('list', { name: 'Holidays in the next 12 months' }).getByText('Company offsite').waitFor();

    // After: the Friday is closed, so the nine business hours run Monday 09:00–18:00.
    await page.getByRole('button', { name: 'Preview due time' }).click();
    const after = friday.plus({ days: 3 }).set({ hour: 18 }).toUTC().toISO();
    await page.waitForFunction((expected) => document.querySelector('[data-testid="sla-preview-result"] time')?.getAttribute('datetime') === expected, after);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'support-admin.png'), fullPage: true });
    const { supportSettings } = await admin.client.ok(`{ supportSettings { extraHolidays { date name } } }`);
    expect(supportSettings.extraHolidays).toEqual([{ date: friday.toISODate(), name: 'Company offsite' }]);
  });

  it('shows staff the settings read-only, with the preview', async () => {
    const { page } = await signInTab(browser, t.url, staff, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/admin/support`);
    await page.getByRole('heading', { name: 'Support hours and targets', level: 1 }).waitFor();
    await page.getByText('Only admins change these settings').waitFor();
    expect(await page.getByLabel('Time zone', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Monday opens').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save support settings' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Preview due time' }).isEnabled()).toBe(true);
  });
});
