import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { createUser, DEFAULT_PASSWORD } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describeBrowser('signing up, out and in, in Chromium', () => {
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

  it('lets a person sign up, sign out and sign back in', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${t.url}/sign-up`);
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Display name').fill('Grace Hopper');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    // Field-level validation before anything is sent (the hint under the field says "At least 10 characters" all along).
    await page.getByText('Password must be at least 10 characters', { exact: true }).waitFor();
    expect(await t.db.query(`SELECT id FROM users WHERE email = 'grace@example.com'`)).toEqual([]);
    await page.getByLabel('Password').fill('compilers are fun');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('link', { name: 'Grace Hopper' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'signed-up.png') });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();

    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Email').fill('grace@example.com');
    await page.getByLabel('Password').fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is incorrect').waitFor();
    await page.getByLabel('Password').fill('compilers are fun');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Grace Hopper' }).waitFor();

    await page.goto(`${t.url}/profile`);
    await page.getByText('grace@example.com').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'profile.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows a taken email next to the Email field', async () => {
    const taken = await createUser(t);
    const { page } = await browser.newPage();
    await page.goto(`${t.url}/sign-up`);
    await page.getByLabel('Email').fill(taken.email);
    await page.getByLabel('Display name').fill('Copycat');
    await page.getByLabel('Password').fill('another good password');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('An account with this email already exists', { exact: true }).waitFor();
    await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('tells a person whose account is backing off after wrong passwords when to try again', async () => {
    const user = await createUser(t);
    // Five wrong passwords from this machine (the browser signs in from the same address).
    for (let i = 0; i < 5; i++) {
      await t.client().request(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { email: user.email, password: 'a wrong password' } });
    }
    const { page, problems } = await browser.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Too many failed sign-in attempts\. Try again in \d+ seconds\.$/)
      .waitFor();
    await expect(page.getByRole('button', { name: 'Sign in' }).isEnabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});
