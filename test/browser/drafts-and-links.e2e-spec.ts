import type { Locator, Page } from 'playwright-core';
import { describeBrowser, launchBrowser, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** Focus moves once the page has re-rendered: wait for it, and say where it went instead. */
async function waitForFocus(locator: Locator) {
  await locator.waitFor();
  const deadline = Date.now() + 10_000;
  while (!(await locator.evaluate((element) => element === document.activeElement))) {
    if (Date.now() > deadline) {
      const actual = await locator.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
      throw new Error(`expected focus on ${locator}, but it is on ${actual}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether the element's top is inside the viewport (the smooth scroll has arrived). */
async function waitInViewport(locator: Locator) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const inView = await locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    if (inView) return;
    if (Date.now() > deadline) throw new Error(`${locator} never scrolled into view`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const replyBox = (page: Page) => page.getByLabel('Your reply');

describeBrowser('drafts that survive, deep links and the way to the reply box, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let asker: TestUser;
  let member: TestUser;
  let forum: { id: string; slug: string };
  let longThreadId: string;

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING, AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    const staff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t, { displayName: 'Alice Asker' });
    member = await createUser(t, { displayName: 'Mo Member' });
    forum = await createForum(staff, { name: 'Lead flows', slug: 'lead-flows' });
    longThreadId = (await createThread(asker, forum.id, { title: 'A long thread about routing rules' })).id;
    // 60 replies: post numbers 2 to 61, three pages of 20.
    for (let i = 0; i < 60; i++) await reply(i % 2 ? asker : member, longThreadId, `Reply number ${i + 2}: try the routing filter again.`);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('keeps a reply draft through a reload and a navigation, asks before leaving with it, and drops it once posted', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Where do unrouted leads go?' });
    const { page, problems } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/t/${thread.id}`);
    await replyBox(page).click();
    await page.keyboard.type('They wait in the unassigned queue.');

    // A reload asks first (the browser's own prompt), then the draft is still there.
    page.removeAllListeners('dialog');
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(prompts).toEqual(['beforeunload']);
    await expect(replyBox(page).inputValue()).resolves.toBe('They wait in the unassigned queue.');

    // A link inside the app asks in a dialog: staying keeps the page, leaving goes.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Lead flows' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave this page?' });
    await leave.waitFor();
    await waitForFocus(leave.getByRole('button', { name: 'Stay and keep writing' }));
    await leave.getByRole('button', { name: 'Stay and keep writing' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(page.url()).toBe(`${t.url}/t/${thread.id}`);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Lead flows' }).click();
    await page.getByRole('dialog', { name: 'Leave this page?' }).getByRole('button', { name: 'Leave' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lead flows' }).waitFor();

    await page.getByRole('link', { name: 'Where do unrouted leads go?' }).click();
    await expect(replyBox(page).inputValue()).resolves.toBe('They wait in the unassigned queue.');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.locator('[data-post-number="2"]').getByText('They wait in the unassigned queue.').waitFor();
    await expect(replyBox(page).inputValue()).resolves.toBe('');
    await page.reload();
    await expect(replyBox(page).inputValue()).resolves.toBe('');
    expect(prompts).toEqual(['beforeunload']);
    expect(problems).toEqual([]);
  });

  it('keeps a new-thread draft per forum through a reload', async () => {
    const { page } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/f/${forum.slug}/new`);
    await page.getByLabel('Title').fill('How do I pause routing at night?');
    await page.getByLabel('Body').fill('Leads arrive after hours and nobody takes them.');
    page.removeAllListeners('dialog');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('How do I pause routing at night?');
    await expect(page.getByLabel('Body').inputValue()).resolves.toBe('Leads arrive after hours and nobody takes them.');
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'How do I pause routing at night?' }).waitFor();
    await page.goto(`${t.url}/f/${forum.slug}/new`);
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('');
  });

  it('opens a deep link to reply #45 of 60 on its page, scrolled to and highlighted, with earlier replies a click away', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${t.url}/t/${longThreadId}#post-45`);
    const target = page.locator('#post-45');
    await waitForFocus(target);
    await waitInViewport(target);
    await expect(target.getAttribute('aria-current')).resolves.toBe('location');
    expect(await target.evaluate((element) => element.classList.contains('post--linked'))).toBe(true);
    // Not the first page: reply #2 is not loaded, "Load earlier replies" is offered.
    expect(await page.locator('#post-2').count()).toBe(0);
    await page.getByRole('button', { name: 'Load earlier replies' }).click();
    await page.locator('#post-38').waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.locator('#post-61').waitFor();
    expect(problems).toEqual([]);
  });

  it('takes "Go to reply #n" to a reply that is not loaded yet', async () => {
    const { thread } = await t.client().ok(`query($id: ID!) { thread(id: $id) { posts(aroundPostNumber: 55, first: 1) { nodes { id } } } }`, {
      id: longThreadId,
    });
    await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: thread.posts.nodes[0].id });
    const { page } = await browser.newPage();
    await page.goto(`${t.url}/t/${longThreadId}`);
    await page.locator('#post-21').waitFor();
    expect(await page.locator('#post-55').count()).toBe(0);
    await page.getByRole('region', { name: 'Accepted answer' }).getByRole('link', { name: 'Go to reply #55' }).click();
    const target = page.locator('#post-55');
    await waitForFocus(target);
    await waitInViewport(target);
    await expect(target.getAttribute('aria-current')).resolves.toBe('location');
  });

  it('reaches the reply box with R, or with the skip link, in at most three key presses', async () => {
    const { page } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/t/${longThreadId}`);
    await page.getByText('Press R to reply').waitFor();
    await page.keyboard.press('r');
    await waitForFocus(replyBox(page));
    await expect(replyBox(page).inputValue()).resolves.toBe('');

    // After a link inside the app, focus starts at the page's content: Tab reaches the skip link, Enter the box.
    // (Read to the end first: a thread with replies not read yet opens at the first of them, focused.)
    await member.client.ok(`mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 61) { id } }`, { t: longThreadId });
    await page.goto(`${t.url}/f/${forum.slug}`);
    await page.getByRole('link', { name: 'A long thread about routing rules' }).click();
    await page.getByRole('heading', { level: 1, name: 'A long thread about routing rules' }).waitFor();
    await waitForFocus(page.locator('main'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to reply box' });
    await waitForFocus(skip);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await waitForFocus(replyBox(page));
  });

  it('keeps focus on the accept button after "Accept answer"', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Which filter sends leads to buyer B?' });
    await reply(member, thread.id, 'The state filter, set to TX.');
    const { page } = await signInTab(browser, t.url, asker, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/t/${thread.id}`);
    const accept = page.locator('[data-post-number="2"]').getByRole('button', { name: 'Accept answer' });
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Accepted answer' }).waitFor();
    await waitForFocus(page.locator('[data-post-number="2"]').getByRole('button', { name: 'Unaccept' }));
  });

  it('keeps the draft when the session ends while replying, and brings it back after signing in', async () => {
    const thread = await createThread(asker, forum.id, { title: 'Can routing skip weekends?' });
    const { page, context } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/t/${thread.id}`);
    await replyBox(page).fill('Yes: add a schedule condition to the rule.');
    // The session ends behind the page's back (it expired, or was ended elsewhere).
    await context.clearCookies();
    await page.getByRole('button', { name: 'Post reply' }).click();

    await page.getByText('You have been signed out').waitFor();
    // The header turns to signed out.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    const signIn = page.locator('#reply-box').getByRole('link', { name: 'Sign in' });
    await waitForFocus(signIn);
    await signIn.click();
    expect(page.url()).toBe(`${t.url}/sign-in?next=/t/${thread.id}`);
    await page.getByLabel('Email').fill(member.email);
    await page.getByLabel('Password').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Can routing skip weekends?' }).waitFor();
    await expect(replyBox(page).inputValue()).resolves.toBe('Yes: add a schedule condition to the rule.');
  });
});
