import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MailService } from '../../server/src/modules/mail/mail.service';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { createUser } from '../support/factories';
import { linkIn, readMails } from '../support/mail';
import { startTestApp, type TestApp } from '../support/test-app';

describeBrowser('forgot password, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    expect(existsSync(join(__dirname, '..', '..', 'web', 'dist', 'index.html'))).toBe(true);
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a reset link by email that signs the person back in with a new password', async () => {
    const user = await createUser(t, { displayName: 'Forgetful Fran' });
    const { page, problems } = await browser.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText(`If ${user.email} belongs to a Threadline account`).waitFor();

    // The worker sends the queued message: an .eml file in this app's mail folder.
    expect(await t.app.get(MailService).drain()).toBe(1);
    const [mail] = readMails(t.config.mailDir);
    expect(mail.to).toContain(user.email);
    await page.goto(`${t.url}${linkIn(mail, '/reset-password')}`);
    await page.getByLabel('New password', { exact: true }).fill('a fresh start for Fran');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('link', { name: 'Forgetful Fran' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your password has been changed and you are signed in. Your other devices have been signed out.' })
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'password-reset-signed-in.png') });

    // The link worked once: opened again, it says so.
    await page.goto(`${t.url}${linkIn(mail, '/reset-password')}`);
    await page.getByLabel('New password', { exact: true }).fill('another fresh start');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByText('This reset link has already been used. Ask for a new one.').waitFor();
    expect(problems).toEqual([]);
  });
});
