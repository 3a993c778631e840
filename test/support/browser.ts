import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots');

/** True when the browser suite can run; with CI=true a missing Chromium is a failure, not a skip (scripts/test.mjs). */
export const chromiumPath = process.env.CHROMIUM_PATH;

export const describeBrowser: jest.Describe = chromiumPath ? describe : describe.skip;
if (!chromiumPath) {
  // Loud on purpose: a skipped browser suite must never look like a passing one.
  console.warn('\n!!! SKIPPED: browser tests need Chromium (apt-get install -y chromium, or CHROMIUM_PATH) !!!\n');
}

export interface BrowserSession {
  browser: Browser;
  newPage(): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

/** Headless Chromium with the flags this closed network needs; every page records dialogs, page errors and CSP violations. */
export async function launchBrowser(): Promise<BrowserSession> {
  // Playwright gives every launch a fresh temporary profile (it manages --user-data-dir itself).
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('dialog', (dialog) => {
        problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        const text = msg.text();
        // A script-related CSP violation means markup meant to run script reached the page (and the CSP saved us).
        if (/Refused to (execute|evaluate|run|load the script)|script-src/i.test(text)) problems.push(`csp: ${text}`);
      });
      return { page, context, problems };
    },
    async close() {
      await browser.close();
    },
  };
}

/** A new tab signed in through the real sign-in form, waiting until the header shows the user. */
export async function signInTab(session: BrowserSession, baseUrl: string, user: { email: string; displayName: string }, password: string) {
  const tab = await session.newPage();
  await tab.page.goto(`${baseUrl}/sign-in`);
  await tab.page.getByLabel('Email').fill(user.email);
  await tab.page.getByLabel('Password').fill(password);
  await tab.page.getByRole('button', { name: 'Sign in' }).click();
  await tab.page.getByRole('link', { name: user.displayName }).waitFor();
  return tab;
}
