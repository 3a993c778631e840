import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createGroup, createThread, createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describeBrowser('joining a user group with a private forum, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let owner: TestUser;
  let member: TestUser;
  let group: { id: string; slug: string; name: string };
  let forum: { id: string; slug: string };
  let thread: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    const staff = await createUser(t, { roles: ['STAFF'] });
    owner = await createUser(t, { displayName: 'Olga Owner' });
    member = await createUser(t, { displayName: 'Sam Solar' });
    group = await createGroup(staff, { name: 'Solar installers', policy: 'REQUEST', owner, description: 'For companies that **install** solar panels.' });
    forum = await createForum(staff, { name: 'Solar pricing', slug: 'solar-pricing', groupId: group.id });
    thread = await createThread(owner, forum.id, { title: 'What do you charge per kilowatt?' });
    await createForum(staff, { name: 'General questions', slug: 'general' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('asks, is approved and notified, reads the private forum, leaves, and loses it at once', async () => {
    // Before joining: the group is listed, its private forum is not, and its address is not found.
    const memberTab = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    const page = memberTab.page;
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'General questions' }).waitFor();
    expect(await page.getByRole('link', { name: 'Solar pricing' }).count()).toBe(0);
    await page.goto(`${t.url}/f/${forum.slug}`);
    await page.getByRole('heading', { name: "We couldn't find that forum" }).waitFor();

    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('heading', { name: 'User groups' }).waitFor();
    await page.getByRole('link', { name: 'Solar installers' }).click();
    await page.getByRole('heading', { name: 'Solar installers', level: 1 }).waitFor();
    await page.getByText('Members of this group see its private forums here.').waitFor();
    await page.getByRole('button', { name: 'Ask to join' }).click();
    await page.getByLabel('A word to the owners (optional)').fill('We install 200 roofs a year in Texas.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Your request to join is waiting for an owner.').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'group-requested.png'), fullPage: true });

    // The owner sees the request in the bell and on the group page, and approves it.
    const ownerTab = await signInTab(browser, t.url, owner, DEFAULT_PASSWORD);
    await ownerTab.page.goto(`${t.url}/notifications`);
    await ownerTab.page.getByRole('link', { name: 'Sam Solar asked to join Solar installers' }).click();
    await ownerTab.page.getByRole('heading', { name: 'Manage the group' }).waitFor();
    await ownerTab.page.getByText('“We install 200 roofs a year in Texas.”').waitFor();
    await ownerTab.page.screenshot({ path: join(SCREENSHOT_DIR, 'group-owner-requests.png'), fullPage: true });
    await ownerTab.page.getByRole('button', { name: 'Approve' }).click();
    await ownerTab.page.getByText('No requests waiting.').waitFor();
    // Owners edit the group's description (Markdown, sanitized like posts).
    await ownerTab.page.getByRole('button', { name: 'Edit group' }).click();
    await ownerTab.page.getByLabel('Description').fill('Installers of solar panels **and batteries**.');
    await ownerTab.page.getByRole('button', { name: 'Save group' }).click();
    await ownerTab.page.locator('.group-description strong', { hasText: 'and batteries' }).waitFor();

    // The member hears of it: the bell counts it, the page says it.
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).click();
    await page.getByRole('link', { name: /Your request to join Solar installers was approved/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'notifications.png'), fullPage: true });

    // The private forum is in the list with its marker, and its thread opens.
    await page.goto(`${t.url}/`);
    const card = page.locator('li', { has: page.getByRole('link', { name: 'Solar pricing' }) });
    await card.getByText('Private to').waitFor();
    await page.getByRole('link', { name: 'Solar pricing' }).click();
    await page.getByRole('link', { name: 'What do you charge per kilowatt?' }).click();
    await page.getByRole('heading', { name: 'What do you charge per kilowatt?' }).waitFor();
    await page.locator('.thread-header').getByText('Private to').waitFor();

    // Leaving takes effect at once: gone from the list, its address not found.
    await page.goto(`${t.url}/g/${group.slug}`);
    await page.getByRole('button', { name: 'Leave group' }).click();
    await page.getByRole('button', { name: 'Ask to join' }).waitFor();
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'General questions' }).waitFor();
    expect(await page.getByRole('link', { name: 'Solar pricing' }).count()).toBe(0);
    await page.goto(`${t.url}/t/${thread.id}`);
    await page.getByRole('heading', { name: "We couldn't find that thread" }).waitFor();
    await page.goto(`${t.url}/f/${forum.slug}`);
    await page.getByRole('heading', { name: "We couldn't find that forum" }).waitFor();
    expect(memberTab.problems).toEqual([]);
    expect(ownerTab.problems).toEqual([]);
  });
});
