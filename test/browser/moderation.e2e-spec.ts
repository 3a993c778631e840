import { join } from 'node:path';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describeBrowser('redacting a pasted secret, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let member: TestUser;
  let moderator: TestUser;
  let forum: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    const staff = await createUser(t, { roles: ['STAFF'] });
    member = await createUser(t, { displayName: 'Paula Paster' });
    moderator = await createUser(t, { displayName: 'Mo Derator', roles: ['MODERATOR'] });
    forum = await createForum(staff, { name: 'Integrations', slug: 'integrations' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signIn = (user: TestUser) => signInTab(browser, t.url, user, DEFAULT_PASSWORD);

  it('lets a moderator purge an old version from the history, and logs it', async () => {
    const thread = await createThread(member, forum.id, { title: 'Webhook returns 401 every time', body: 'My key is sk_live_ABC123\nand the webhook fails.' });
    await member.client.ok(
      `mutation($p: ID!) { editPost(input: { postId: $p, body: "My key is [removed]\\nand the webhook fails.", reason: "removed my key" }) { id } }`,
      {
        p: thread.openingPostId,
      },
    );

    const { page, problems } = await signIn(moderator);
    await page.goto(`${t.url}/t/${thread.id}`);
    await page
      .getByRole('button', { name: /edited/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit history of the question' });
    await dialog.getByText('sk_live_ABC123').first().waitFor();
    await dialog.getByRole('button', { name: 'Redact this version' }).click();
    const confirm = page.getByRole('dialog', { name: 'Redact version 1' });
    await confirm.getByLabel('Reason').fill('Pasted an API key');
    await confirm.getByRole('button', { name: 'Redact' }).click();
    await dialog.getByText('The text of this version was redacted by a moderator.').waitFor();
    await dialog.getByText('The comparison is not shown: the version before it was redacted.').waitFor();
    expect(await dialog.textContent()).not.toContain('sk_live_ABC123');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'revision-redacted.png'), fullPage: true });
    await dialog.getByText('Close', { exact: true }).click();

    // The thread's moderation log shows it at once, with the version, without a reload.
    const log = page.locator('.moderation-log');
    await log.getByText('(1 entry)').waitFor();
    await log.locator('summary').click();
    await log.getByText('redacted an earlier version of a post (version 1)').waitFor();
    expect(problems).toEqual([]);
  });

  it('offers no redaction to members, who see only the redacted marker', async () => {
    const thread = await createThread(member, forum.id, { title: 'Another key pasted by mistake', body: 'token: tok_123' });
    await member.client.ok(`mutation($p: ID!) { editPost(input: { postId: $p, body: "token: (rotated)" }) { id } }`, { p: thread.openingPostId });
    await moderator.client.ok(`mutation($p: ID!) { redactRevision(input: { postId: $p, revision: 1, reason: "token" }) { id } }`, { p: thread.openingPostId });
    const { page, problems } = await signIn(member);
    await page.goto(`${t.url}/t/${thread.id}`);
    await page
      .getByRole('button', { name: /edited/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit history of the question' });
    await dialog.getByText('The text of this version was redacted by a moderator.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Redact this version' }).count()).toBe(0);
    expect(await dialog.textContent()).not.toContain('tok_123');
    expect(problems).toEqual([]);
  });
});
