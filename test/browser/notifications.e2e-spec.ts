import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

describeBrowser('notifications and moderation that explains itself, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let asker: TestUser;
  let helper: TestUser;
  let moderator: TestUser;
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING, AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    const staff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t, { displayName: 'Asha Asker' });
    helper = await createUser(t, { displayName: 'Hal Helper' });
    moderator = await createUser(t, { displayName: 'Mo Derator', roles: ['MODERATOR'] });
    forum = await createForum(staff, { name: 'Lead Routing', slug: 'lead-routing' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a member asks, another replies: the asker sees the bell count and opens the reply by its link, on page 2 of a long thread', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Routing leads by state' });
    // The asker's own updates notify nobody; they push the answer past the first page (20 replies a page).
    for (let i = 1; i <= 24; i++) await reply(asker, thread.id, `Update ${i}: still routing everything to one buyer.`);
    const answer = await reply(helper, thread.id, 'Add a filter step on the state field.');
    expect(answer.postNumber).toBe(26);
    const { page, problems } = await signInTab(browser, t.url, asker, DEFAULT_PASSWORD);
    const bell = page.getByRole('link', { name: 'Notifications, 1 unread' });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('link', { name: 'Hal Helper replied in “Routing leads by state”' }).click();
    await page.waitForURL(`${t.url}/t/${thread.id}#post-${answer.postNumber}`);
    const target = page.locator(`#post-${answer.postNumber}`);
    await target.getByText('Add a filter step on the state field.').waitFor();
    // The page that holds it was loaded (not the first page), and the reply is shown as the link's target.
    expect(await page.locator('#post-2').count()).toBe(0);
    await expect(target.getAttribute('aria-current')).resolves.toBe('location');
    expect(await page.getByLabel('Notifications for this thread').inputValue()).toBe('WATCHING');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'notification-opened.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('a moderator hides a reply: its author is told and sees it, marked hidden, with the reason', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Best CRM for roofers?' });
    const ad = await reply(helper, thread.id, 'Buy my lead lists, cheap!');
    await moderator.client.ok(`mutation($p: ID!) { moderatePost(input: { postId: $p, action: HIDE, reason: "Advertising is not allowed here" }) { id } }`, {
      p: ad.id,
    });
    const { page, problems } = await signInTab(browser, t.url, helper, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/notifications`);
    await page.getByRole('link', { name: 'A moderator hid your reply in “Best CRM for roofers?”' }).click();
    const post = page.locator(`#post-${ad.postNumber}`);
    await post.getByText('Hidden by a moderator: Advertising is not allowed here').waitFor();
    await post.getByText('Buy my lead lists, cheap!').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'hidden-reply-explained.png'), fullPage: true });
    expect(problems).toEqual([]);

    // Anyone else: the reply is not there at all.
    const other = await signInTab(browser, t.url, asker, DEFAULT_PASSWORD);
    await other.page.goto(`${t.url}/t/${thread.id}`);
    await other.page.getByRole('heading', { name: 'Best CRM for roofers?' }).waitFor();
    expect(await other.page.getByText('Buy my lead lists, cheap!').count()).toBe(0);
  });
});
