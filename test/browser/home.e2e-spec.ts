import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, reply, type TestUser } from '../support/factories';
import { ThreadViewsService } from '../../server/src/modules/reading/thread-views.service';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

describeBrowser('the home page: Latest, Unanswered and Solved beside the forums, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let staff: TestUser;
  let member: TestUser;
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING, AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Sam Staff' });
    member = await createUser(t, { displayName: 'Mia Member' });
    forum = await createForum(staff, { name: 'Lead routing', slug: 'lead-routing' });
    await staff.client.ok(`mutation($i: UpdateForumInput!) { updateForum(input: $i) { id } }`, { i: { id: forum.id, color: '#15803d' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows Latest with tabs, and the forum list beside it', async () => {
    await createThread(member, forum.id, { title: 'Nobody has answered this yet' });
    const answered = await createThread(member, forum.id, { title: 'Somebody answered this one' });
    await reply(staff, answered.id, 'Here is how.');

    const { page, problems } = await browser.newPage();
    await page.goto(`${t.url}/`);
    const tabs = page.getByRole('navigation', { name: 'Thread lists' });
    await tabs.waitFor();
    expect(await tabs.getByRole('link', { name: 'Latest' }).getAttribute('aria-current')).toBe('page');
    const latest = page.getByRole('list', { name: 'Latest threads' });
    const titles = () => latest.locator('.latest-row__title').allTextContents();
    await latest.getByRole('link', { name: 'Somebody answered this one' }).waitFor();
    expect((await titles()).slice(0, 2)).toEqual(['Somebody answered this one', 'Nobody has answered this yet']);
    const row = latest.locator(`li[data-thread-id="${answered.id}"]`);
    expect(await row.locator('.latest-row__stats').textContent()).toBe('1 reply0 views');
    expect(await row.locator('.latest-row__meta').textContent()).toContain('Sam Staff');
    expect(await row.locator('.forum-chip').textContent()).toBe('in Lead routing');
    await page.getByRole('list', { name: 'Forums' }).getByRole('link', { name: 'Lead routing' }).waitFor();

    await tabs.getByRole('link', { name: 'Unanswered' }).click();
    const unansweredList = page.getByRole('list', { name: 'Unanswered threads' });
    await unansweredList.getByRole('link', { name: 'Nobody has answered this yet' }).waitFor();
    expect(await unansweredList.locator(`li[data-thread-id="${answered.id}"]`).count()).toBe(0);
    expect(await tabs.getByRole('link', { name: 'Unanswered' }).getAttribute('aria-current')).toBe('page');
    expect(page.url()).toBe(`${t.url}/?tab=unanswered`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'home-unanswered.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows "1 new" to a member who read the thread before a new reply came', async () => {
    const thread = await createThread(staff, forum.id, { title: 'Which fields does the webhook send?' });
    await reply(staff, thread.id, 'All of them, as JSON.');
    const { page, problems } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);

    // Never opened: a "new" dot, no count.
    await page.goto(`${t.url}/`);
    const row = page.locator(`li[data-thread-id="${thread.id}"]`);
    await row.getByRole('img', { name: 'New thread' }).waitFor();

    const marked = page.waitForResponse((res) => res.url().endsWith('/graphql') && (res.request().postData() ?? '').includes('MarkThreadRead'));
    await row.getByRole('link', { name: 'Which fields does the webhook send?' }).click();
    await page.getByRole('heading', { name: 'Which fields does the webhook send?' }).waitFor();
    await marked;

    await reply(staff, thread.id, 'And the lead id, since today.');
    await page.goto(`${t.url}/`);
    await row.getByText('1 new', { exact: true }).waitFor();
    expect(await row.getByRole('img', { name: 'New thread' }).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'home-new-replies.png'), fullPage: true });

    // The forum's own list says the same, with the views, and opens at the first reply not read yet.
    await t.app.get(ThreadViewsService).flush();
    await page.goto(`${t.url}/f/${forum.slug}`);
    const forumRow = page.locator(`li[data-thread-id="${thread.id}"]`);
    await forumRow.getByText('1 new', { exact: true }).waitFor();
    expect(await forumRow.locator('.thread-row__stats').textContent()).toMatch(/^Replies2View1Helpful0Last activity/);
    expect(await forumRow.getByRole('link', { name: 'Which fields does the webhook send?' }).getAttribute('href')).toBe(`/t/${thread.id}#post-3`);
    expect(problems).toEqual([]);
  });

  it('shows the accepted answer in full once, under the question, and a marker in its place among the replies', async () => {
    const thread = await createThread(member, forum.id, { title: 'How do I pause a lead source?' });
    const answer = await reply(staff, thread.id, 'Open the source and switch Accepting leads off.');
    await reply(member, thread.id, 'Thanks, that did it.');
    await member.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });

    const { page, problems } = await browser.newPage();
    await page.goto(`${t.url}/t/${thread.id}`);
    await page.getByRole('region', { name: 'Accepted answer' }).getByText('Open the source and switch Accepting leads off.').waitFor();
    expect(await page.getByText('Open the source and switch Accepting leads off.').count()).toBe(1);
    const marker = page.locator('[data-post-number="2"]');
    expect(await marker.textContent()).toBe('✓ Accepted answer by Sam Staff — shown above');
    expect(await marker.getByRole('link', { name: 'shown above' }).getAttribute('href')).toBe('#accepted-answer');
    await page.locator('[data-post-number="3"]').getByText('Thanks, that did it.').waitFor();
    await marker.getByRole('link', { name: 'shown above' }).click();
    await page.waitForURL(`${t.url}/t/${thread.id}#accepted-answer`);
    expect(problems).toEqual([]);
  });
});
