import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, reply, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describeBrowser('asking, answering and accepting, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let asker: TestUser;
  let expert: TestUser;
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    const staff = await createUser(t, { roles: ['STAFF'] });
    asker = await createUser(t, { displayName: 'Alice Asker' });
    expert = await createUser(t, { displayName: 'Erin Expert', roles: ['EXPERT'] });
    forum = await createForum(staff, { name: 'Lead flows', slug: 'lead-flows' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(user: TestUser) {
    const session = await browser.newPage();
    const { page } = session;
    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(DEFAULT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: user.displayName }).waitFor();
    return session;
  }

  it("shows the accepted answer under the question with the answerer's badge", async () => {
    // The asker signs in and starts a thread.
    const askerTab = await signIn(asker);
    await askerTab.page.goto(`${t.url}/f/${forum.slug}`);
    await askerTab.page.getByRole('link', { name: 'New thread' }).click();
    await askerTab.page.getByLabel('Title').fill('Route Texas leads to one buyer');
    await askerTab.page.getByLabel('Body').fill('How do I send **Texas** leads to buyer A only?');
    await askerTab.page.getByLabel('Tags').fill('routing, filters');
    await askerTab.page.getByRole('button', { name: 'Post thread' }).click();
    await askerTab.page.getByRole('heading', { name: 'Route Texas leads to one buyer' }).waitFor();
    const threadUrl = askerTab.page.url();
    expect(threadUrl).toMatch(/\/t\/[0-9a-f-]{36}$/);

    // Another user replies.
    const expertTab = await signIn(expert);
    await expertTab.page.goto(threadUrl);
    await expertTab.page.getByLabel('Your reply').fill('Add a *filter* step: state is included in TX.');
    await expertTab.page.getByRole('button', { name: 'Post reply' }).click();
    await expertTab.page.locator('[data-post-number="2"]').waitFor();

    // The asker accepts it.
    await askerTab.page.reload();
    await askerTab.page.locator('[data-post-number="2"]').getByRole('button', { name: 'Accept answer' }).click();
    const accepted = askerTab.page.getByRole('region', { name: 'Accepted answer' });
    await accepted.waitFor();
    await accepted.getByText('Add a filter step: state is included in TX.', { exact: true }).waitFor();
    await accepted.getByText('Erin Expert').first().waitFor();
    await accepted.getByText('Expert', { exact: true }).first().waitFor();
    await accepted.getByText('Accepted by the asker', { exact: true }).waitFor();

    // It sits right after the question, before the list of replies.
    const order = await askerTab.page.evaluate(() => {
      const question = document.querySelector('[data-post-number="1"]');
      const answer = document.querySelector('section.accepted-answer');
      return question && answer ? question.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await askerTab.page.screenshot({ path: join(SCREENSHOT_DIR, 'thread-accepted.png'), fullPage: true });

    // The forum list shows it solved, with the snippet: on its own row (the filters above the list say "Solved" too).
    await askerTab.page.goto(`${t.url}/f/${forum.slug}`);
    const row = askerTab.page.locator(`li[data-thread-id="${threadUrl.split('/t/')[1]}"]`);
    await row.waitFor();
    expect(await row.locator('.thread-row__badges').textContent()).toBe('Solved');
    expect(await row.locator('.thread-row__answer').textContent()).toBe('✓ Accepted answer: Add a filter step: state is included in TX.');
    await askerTab.page.screenshot({ path: join(SCREENSHOT_DIR, 'forum.png'), fullPage: true });
    expect(askerTab.problems).toEqual([]);
    expect(expertTab.problems).toEqual([]);
  });

  it('tells a newcomer who posts too fast when to try again, and keeps the draft', async () => {
    const newcomer = await createUser(t, { displayName: 'Nina Newcomer' });
    // A new account may post 3 times a minute: a thread and two replies use that up.
    const thread = await createThread(newcomer, forum.id, { title: 'A question from a newcomer' });
    await reply(newcomer, thread.id);
    await reply(newcomer, thread.id);
    const tab = await signIn(newcomer);
    await tab.page.goto(`${t.url}/t/${thread.id}`);
    await tab.page.getByLabel('Your reply').fill('One more thought on this.');
    await tab.page.getByRole('button', { name: 'Post reply' }).click();
    await tab.page
      .getByRole('alert')
      .getByText(/^You're posting too quickly\. Try again in \d+ seconds\.$/)
      .waitFor();
    await expect(tab.page.getByLabel('Your reply').inputValue()).resolves.toBe('One more thought on this.');
    expect(tab.problems).toEqual([]);
  });
});
