import { describeBrowser, launchBrowser, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

describeBrowser('the admin area and mention suggestions, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let admin: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ ...UNLIMITED_POSTING, AUTH_RATE_LIMIT_PER_MINUTE: '100' });
    admin = await createUser(t, { roles: ['ADMIN'], displayName: 'Ada Admin' });
    member = await createUser(t, { displayName: 'Milo Member' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets an admin create and archive a forum (after a confirmation), edit a plan and change a role, saying so each time', async () => {
    const { createOrganization } = await admin.client.ok(`mutation { createOrganization(input: { name: "Acme Roofing", plan: STANDARD }) { id } }`);
    const { page, problems } = await signInTab(browser, t.url, admin, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/profile`);
    await page.getByRole('link', { name: 'Admin: forums, user groups, users and organizations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Forums' }).click();

    await page.getByRole('button', { name: 'New forum' }).click();
    const newForum = page.getByRole('form', { name: 'New forum' });
    await newForum.getByLabel('Name').fill('Integrations');
    await newForum.getByRole('button', { name: 'Create forum' }).click();
    await page.getByTestId('admin-notice').getByText('Forum Integrations created').waitFor();

    const row = page.locator('li[data-forum-id]').filter({ has: page.locator('a[href="/f/integrations"]') });
    await row.getByRole('button', { name: 'Archive Integrations' }).click();
    const confirm = page.getByRole('dialog', { name: 'Archive Integrations?' });
    // Cancel changes nothing.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await row.getByText('Archived', { exact: true }).count()).toBe(0);
    await row.getByRole('button', { name: 'Archive Integrations' }).click();
    await confirm.getByRole('button', { name: 'Archive forum' }).click();
    await page.getByTestId('admin-notice').getByText('Integrations archived: it is read-only now and hidden from the forum list').waitFor();
    await row.getByText('Archived', { exact: true }).waitFor();
    const { forum } = await admin.client.ok(`{ forum(slug: "integrations") { isArchived } }`);
    expect(forum.isArchived).toBe(true);

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Organizations' }).click();
    const acme = page.getByRole('form', { name: 'Edit Acme Roofing' });
    await acme.getByLabel('Plan').selectOption('ENTERPRISE');
    await acme.getByRole('button', { name: 'Save' }).click();
    await acme.getByText('Saved Acme Roofing').waitFor();
    const { organizations } = await admin.client.ok(`{ organizations { id plan } }`);
    expect(organizations.find((o: { id: string }) => o.id === createOrganization.id).plan).toBe('ENTERPRISE');

    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Name or email').fill('Milo');
    await page.getByRole('button', { name: 'Find' }).click();
    const roles = page.getByRole('form', { name: 'Roles of Milo Member' });
    await roles.getByRole('checkbox', { name: 'Expert' }).check();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await roles.getByText('Roles of Milo Member saved').waitFor();
    expect((await member.client.ok(`{ me { roles } }`)).me.roles).toEqual(['MEMBER', 'EXPERT']);

    // Taking the role away asks first.
    await roles.getByRole('checkbox', { name: 'Expert' }).uncheck();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('dialog', { name: 'Remove Expert from Milo Member?' }).getByRole('button', { name: 'Remove role' }).click();
    await roles.getByText('Roles of Milo Member saved').waitFor();
    expect((await member.client.ok(`{ me { roles } }`)).me.roles).toEqual(['MEMBER']);
    expect(problems).toEqual([]);
  });

  it('tells a member the admin area is not for them', async () => {
    const { page } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/admin/forums`);
    await page.getByRole('heading', { level: 1, name: 'The admin area is for staff and admins' }).waitFor();
    expect(await page.getByRole('button', { name: 'New forum' }).count()).toBe(0);
  });

  it('offers members the email choices that concern them, and staff the ticket work too', async () => {
    const { page } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/profile`);
    await page.getByLabel('Someone mentions you').waitFor();
    expect(await page.getByLabel('Support replies on your ticket').count()).toBe(1);
    expect(await page.getByLabel('A ticket is assigned to you').count()).toBe(0);
    const staffTab = await signInTab(browser, t.url, admin, DEFAULT_PASSWORD);
    await staffTab.page.goto(`${t.url}/profile`);
    await staffTab.page.getByLabel('A ticket is assigned to you').waitFor();
  });

  it('suggests people as a member types @ma, and inserts the handle picked with the keyboard', async () => {
    const maya = await createUser(t, { displayName: 'Maya Rossi' });
    await t.db.query(`UPDATE users SET handle = 'maya' WHERE id = $1`, [maya.id]);
    const forum = await createForum(admin, { name: 'Mentions', slug: 'mentions' });
    const thread = await createThread(admin, forum.id);
    const { page, problems } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/t/${thread.id}`);
    const box = page.getByLabel('Your reply');
    await box.click();
    await box.pressSequentially('Thanks @ma');
    const list = page.getByRole('listbox', { name: 'People to mention' });
    await list.getByRole('option', { name: /Maya Rossi/ }).waitFor();
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    expect(await list.getByRole('option', { selected: true }).innerText()).toContain('Maya Rossi');
    await box.press('Enter');
    await list.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('Thanks @maya ');

    await box.pressSequentially('and @nosuchuser');
    await box.pressSequentially(' hi');
    await page.getByText('@nosuchuser is not a member: they will not be notified.').waitFor();
    expect(problems).toEqual([]);
  });
});
