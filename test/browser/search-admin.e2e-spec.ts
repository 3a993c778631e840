import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, type TestApp } from '../support/test-app';

const SEARCH = `query($q: String!) { search(query: $q) { hits { thread { id } } } }`;

describeBrowser('search settings and index status, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let admin: TestUser;
  let member: TestUser;
  let thread: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    admin = await createUser(t, { roles: ['ADMIN'], displayName: 'Ada Admin' });
    member = await createUser(t, { displayName: 'Milo Member' });
    const forum = await createForum(admin, { name: 'Identity' });
    thread = await createThread(member, forum.id, { title: 'Single sign-on with Okta keeps looping' });
    await waitForSearchSync(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets an admin see that search is up to date and add synonyms that search uses at once', async () => {
    expect((await member.client.ok(SEARCH, { q: 'sso' })).search.hits).toEqual([]);
    const { page } = await signInTab(browser, t.url, admin, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/profile`);
    await page.getByRole('link', { name: 'Search: index status, synonyms and stop words' }).click();
    await page.getByRole('heading', { name: 'Search', level: 1 }).waitFor();
    await page.getByText('Up to date').waitFor();
    await page.getByLabel('Synonyms', { exact: true }).fill('sso, single sign-on\nmfa, two-factor');
    await page.getByLabel('Stop words', { exact: true }).fill('kindly');
    await page.getByRole('button', { name: 'Save search settings' }).click();
    await page.getByText('Saved. Search uses them now.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-admin.png'), fullPage: true });
    expect(await page.getByLabel('Synonyms', { exact: true }).inputValue()).toBe('sso, single sign-on\nmfa, two-factor');
    expect((await member.client.ok(SEARCH, { q: 'sso' })).search.hits).toEqual([{ thread: { id: thread.id } }]);
  });

  it('tells a member the page is not for them', async () => {
    const { page } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/admin/search`);
    // The admin area's layout turns members away before the page asks the server (which refuses them too).
    await page.getByRole('heading', { name: 'The admin area is for staff and admins', level: 1 }).waitFor();
    await page.getByText('Not allowed', { exact: true }).waitFor();
    expect(await page.getByLabel('Synonyms', { exact: true }).count()).toBe(0);
  });
});
