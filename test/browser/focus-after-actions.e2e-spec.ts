import type { Locator, Page } from 'playwright-core';
import { describeBrowser, launchBrowser, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, reply, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** Focus moves once the page has re-rendered, not at the click: wait for it, and say where it went instead. */
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

const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).first().waitFor();

describeBrowser('where keyboard focus goes after staff and post tools, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let staff: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING, AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Sam Staff' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('keeps focus on the forum a staff member just created, moved, edited or archived', async () => {
    const alpha = await createForum(staff, { name: 'Alpha', slug: 'alpha' });
    const beta = await createForum(staff, { name: 'Beta', slug: 'beta' });
    const { page, problems } = await signInTab(browser, t.url, staff, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/admin/forums`);
    const row = (slug: string) => page.locator('li[data-forum-id]').filter({ has: page.locator(`a[href="/f/${slug}"]`) });

    await page.getByRole('button', { name: 'New forum' }).click();
    const newForum = page.getByRole('form', { name: 'New forum' });
    await waitForFocus(newForum.getByLabel('Name'));
    await newForum.getByRole('button', { name: 'Create forum' }).click();
    await newForum.getByText('Enter a name', { exact: true }).waitFor();
    await waitForFocus(newForum.getByLabel('Name'));
    await newForum.getByLabel('Name').fill('Gamma');
    await newForum.getByRole('button', { name: 'Create forum' }).click();
    await announced(page, 'Forum Gamma created');
    await waitForFocus(row('gamma').locator('[data-action="edit"]'));

    await row('gamma').locator('[data-action="up"]').click();
    await announced(page, 'Gamma moved up to position 2 of 3');
    await waitForFocus(row('gamma').locator('[data-action="up"]'));
    await row('gamma').locator('[data-action="up"]').click();
    await announced(page, 'Gamma moved up to position 1 of 3');
    // At the top "Move up" is disabled: focus stays in the row, on its partner.
    await waitForFocus(row('gamma').locator('[data-action="down"]'));

    await page.locator(`li[data-forum-id="${beta.id}"] [data-action="edit"]`).click();
    const editBeta = page.getByRole('form', { name: 'Edit Beta' });
    await waitForFocus(editBeta.getByLabel('Name'));
    await editBeta.getByRole('button', { name: 'Cancel' }).click();
    await waitForFocus(page.locator(`li[data-forum-id="${beta.id}"] [data-action="edit"]`));
    await page.locator(`li[data-forum-id="${beta.id}"] [data-action="edit"]`).click();
    await editBeta.getByLabel('Name').fill('Beta two');
    await editBeta.getByRole('button', { name: 'Save forum' }).click();
    await announced(page, 'Forum Beta two saved');
    await waitForFocus(page.locator(`li[data-forum-id="${beta.id}"] [data-action="edit"]`));

    await page.locator(`li[data-forum-id="${alpha.id}"] [data-action="archive"]`).click();
    await page.getByRole('dialog', { name: 'Archive Alpha?' }).getByRole('button', { name: 'Archive forum' }).click();
    await page.getByTestId('admin-notice').getByText('Alpha archived: it is read-only now and hidden from the forum list').waitFor();
    // The archived forum stays in the admin list (as "Unarchive"): focus comes back to its button.
    await waitForFocus(page.locator(`li[data-forum-id="${alpha.id}"] [data-action="archive"]`));
    expect(await page.locator(`li[data-forum-id="${alpha.id}"] [data-action="archive"]`).innerText()).toContain('Unarchive');

    await page.goto(`${t.url}/profile`);
    const nameForm = page.getByRole('form', { name: 'Public name' });
    await nameForm.getByLabel('Display name').fill('Sam the Staff');
    await nameForm.getByRole('button', { name: 'Save' }).click();
    await nameForm.getByText('Your display name is saved.').waitFor();
    await page.getByRole('link', { name: 'Sam the Staff' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('moves focus to what a post action changed: #post links, quote, edit, load more and delete', async () => {
    const forum = await createForum(staff, { name: 'Focus forum', slug: 'focus-forum' });
    const asker = await createUser(t, { displayName: 'Ada Asker' });
    const helper = await createUser(t, { displayName: 'Hal Helper' });
    const thread = await createThread(asker, forum.id, { title: 'Where does focus go?' });
    await reply(helper, thread.id, 'Reply by the helper');
    for (let i = 0; i < 21; i++) await reply(asker, thread.id, `Follow-up ${i + 1}`);
    const { page, problems } = await signInTab(browser, t.url, helper, DEFAULT_PASSWORD);

    // A link to one post lands on it once the thread has loaded.
    await page.goto(`${t.url}/t/${thread.id}#post-3`);
    await waitForFocus(page.locator('#post-3'));

    const post2 = page.locator('[data-post-number="2"]');
    await post2.getByRole('button', { name: 'Quote' }).click();
    const composer = page.getByRole('form', { name: 'Reply to this thread' });
    await waitForFocus(composer.getByLabel('Your reply'));
    await expect(composer.getByLabel('Your reply').inputValue()).resolves.toBe(`@${helper.handle} wrote:\n> Reply by the helper\n\n`);
    await composer.getByText('Replying to #2 by Hal Helper').waitFor();

    await composer.getByRole('tab', { name: 'Preview' }).click();
    await composer.getByRole('tabpanel').locator('blockquote').getByText('Reply by the helper').waitFor();
    await composer.getByRole('tab', { name: 'Write' }).click();

    await post2.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('form', { name: 'Edit reply #2' });
    await waitForFocus(editor.getByLabel('Body'));
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await waitForFocus(post2.getByRole('button', { name: 'Edit', exact: true }));
    await post2.getByRole('button', { name: 'Edit', exact: true }).click();
    await editor.getByLabel('Body').fill('Reply by the helper, edited');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await announced(page, 'Reply #2 saved');
    await post2.getByText('Reply by the helper, edited').waitFor();
    await waitForFocus(post2.getByRole('button', { name: 'Edit', exact: true }));

    await page.getByRole('button', { name: 'Load more' }).click();
    await announced(page, '2 more replies loaded');
    await waitForFocus(page.locator('#post-22'));

    await post2.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete reply #2?' }).getByRole('button', { name: 'Delete reply' }).click();
    await announced(page, 'Reply #2 deleted');
    await waitForFocus(page.locator('#replies-title'));
    expect(await post2.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
