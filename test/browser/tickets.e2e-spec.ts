import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, DEFAULT_PASSWORD, type TestUser } from '../support/factories';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

/** A 1×1 PNG: the server sniffs the type from these bytes, not from the name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const ESCALATE = `mutation($input: EscalateThreadInput!) { escalateThread(input: $input) { number } }`;

/** Issue 10: a thread becomes a ticket, staff work it from the queue, and the resolution comes back to the thread. */
describeBrowser('support tickets, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let staff: TestUser;
  let asker: TestUser;
  let colleague: TestUser;
  let thread: { id: string };

  const title = 'Texas leads stopped routing to Acme';
  const resolution = 'The Texas filter step compared the state field with "Tx": it now matches TX and Texas.';

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100', ...UNLIMITED_POSTING });
    const admin = await createUser(t, { roles: ['ADMIN'] });
    staff = await createUser(t, { roles: ['STAFF'], displayName: 'Sam Support' });
    const { createOrganization: org } = await admin.client.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: { name: 'Acme Leads', plan: 'STANDARD', accountManagerId: staff.id },
    });
    asker = await createUser(t, { displayName: 'Ana Asker', organizationId: org.id });
    colleague = await createUser(t, { displayName: 'Cole Colleague', organizationId: org.id });
    const forum = await createForum(staff, { name: 'Lead routing' });
    thread = await createThread(asker, forum.id, { title, body: 'Since this morning no lead from Texas reaches the buyer.' });
    // An older STANDARD ticket: the CRITICAL one opened after it is due sooner, so it must rise above it.
    const older = await createThread(asker, forum.id, { title: 'Export to CSV misses the phone column' });
    await asker.client.ok(ESCALATE, { input: { threadId: older.id, priority: 'STANDARD', whatHappened: 'The phone column is missing.' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const status = (page: Page, text: string) => page.getByText(`Status: ${text}`, { exact: true }).waitFor();

  it('takes a thread from escalation through the queue to a verified staff answer', async () => {
    // The asker escalates as CRITICAL; EMERGENCY is for Enterprise plans.
    const customer = (await signInTab(browser, t.url, asker, DEFAULT_PASSWORD)).page;
    await customer.goto(`${t.url}/t/${thread.id}`);
    await customer.getByRole('button', { name: 'Escalate to support' }).click();
    expect(await customer.getByLabel('What happened').inputValue()).toContain(title);
    await customer.getByLabel('What happened').fill('');
    await customer.getByRole('button', { name: 'Open a support ticket' }).click();
    await customer.getByText('Say what happened').waitFor();
    await customer.getByLabel('What happened').fill(`${title}: no Texas lead reaches the buyer since 08:00.`);
    expect(await customer.getByRole('radio', { name: /^Emergency/ }).isDisabled()).toBe(true);
    await customer.getByText('Emergency is for Enterprise plans').waitFor();
    await customer.getByLabel('What you expected instead').fill('Texas leads reach Acme Leads within a minute.');
    await customer.getByLabel('Steps to reproduce').fill('Submit a lead with state TX to the Texas flow.');
    await customer.getByLabel('Business impact').fill('Every Texas lead is lost: about 400 a day.');
    await customer.getByRole('radio', { name: /^Critical/ }).check();
    await customer.getByLabel('Attachments').setInputFiles({ name: 'routing-error.png', mimeType: 'image/png', buffer: PNG });
    await customer.getByRole('button', { name: 'Remove routing-error.png' }).waitFor();
    await customer.getByRole('heading', { name: 'Support hours' }).waitFor();
    await customer.screenshot({ path: join(SCREENSHOT_DIR, 'escalate-form.png'), fullPage: true });
    await customer.getByRole('button', { name: 'Open a support ticket' }).click();
    await customer.waitForURL(/\/tickets\/\d+$/);
    const ticketNumber = Number(new URL(customer.url()).pathname.split('/').pop());
    await customer.getByRole('heading', { name: new RegExp(`^Ticket #${ticketNumber}`), level: 1 }).waitFor();
    await status(customer, 'New');
    await customer.getByRole('link', { name: 'routing-error.png' }).waitFor();
    await customer.getByText('Priority: Critical').waitFor();
    await customer
      .getByRole('timer')
      .filter({ hasText: /^first response due in / })
      .first()
      .waitFor();

    // Staff see it at the top of the queue, with a countdown.
    const agent = (await signInTab(browser, t.url, staff, DEFAULT_PASSWORD)).page;
    await agent.getByRole('link', { name: 'Support queue', exact: true }).click();
    await agent.getByRole('heading', { name: 'Support queue', level: 1 }).waitFor();
    const firstRow = agent.locator('table.ticket-queue tbody tr').first();
    await firstRow.getByRole('link', { name: `#${ticketNumber}` }).waitFor();
    expect(await firstRow.textContent()).toContain(title);
    expect(await firstRow.getByRole('timer').textContent()).toMatch(/^due in \d/);
    expect(await firstRow.textContent()).toContain('Acme Leads');
    expect(await firstRow.textContent()).toContain('AM Sam Support');
    await agent.screenshot({ path: join(SCREENSHOT_DIR, 'ticket-queue.png'), fullPage: true });
    await agent.getByRole('checkbox', { name: 'Standard' }).check();
    await agent.getByText('1 ticket', { exact: true }).waitFor();
    expect(await agent.locator('table.ticket-queue tbody tr').count()).toBe(1);
    await agent.getByRole('checkbox', { name: 'Standard' }).uncheck();
    await agent.getByText('2 tickets', { exact: true }).waitFor();

    // Staff take it, reply (the first response: SLA met), write a note and wait on the customer.
    await firstRow.getByRole('link', { name: `#${ticketNumber}` }).click();
    await agent.getByRole('heading', { name: new RegExp(`^Ticket #${ticketNumber}`), level: 1 }).waitFor();
    await agent.getByRole('button', { name: 'Assign to me' }).click();
    await agent.getByRole('button', { name: 'Unassign' }).waitFor();
    await agent.getByLabel('Your reply').fill('Could you send the lead id of one lead that did not arrive?');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByRole('timer').filter({ hasText: 'first response given' }).first().waitFor();
    await agent.getByLabel('Internal note (staff only)').check();
    await agent.getByLabel('Your reply').fill('Probably the state normaliser from last week.');
    await agent.getByRole('button', { name: 'Add internal note' }).click();
    await agent.getByText('Internal note — staff only').waitFor();
    await agent.getByRole('button', { name: 'Set pending (waiting on the customer)' }).click();
    await status(agent, 'Pending (waiting on the customer)');

    // The customer sees the reply (not the note) and answers: the ticket is open again.
    await customer.reload();
    await customer.getByText('Could you send the lead id of one lead that did not arrive?').waitFor();
    await status(customer, 'Pending (waiting on the customer)');
    await customer.getByRole('timer').filter({ hasText: 'first response given' }).first().waitFor();
    expect(await customer.getByText('Probably the state normaliser').count()).toBe(0);
    expect(await customer.getByText('Internal note — staff only').count()).toBe(0);
    await customer.getByLabel('Your reply').fill('Lead 7f3a from 09:12 today.');
    await customer
      .getByRole('form', { name: 'Reply on the ticket' })
      .getByLabel('Attachments')
      .setInputFiles({ name: 'lead-7f3a.log', mimeType: 'text/plain', buffer: Buffer.from('09:12 lead 7f3a state=Tx no route\n') });
    await customer.getByRole('button', { name: 'Send reply' }).click();
    await status(customer, 'Open');
    await customer.getByRole('link', { name: 'lead-7f3a.log' }).waitFor();

    // Staff solve it and post the resolution to the thread as the verified answer.
    await agent.reload();
    await agent.getByText('Lead 7f3a from 09:12 today.').waitFor();
    await agent.getByRole('link', { name: 'lead-7f3a.log' }).waitFor();
    await status(agent, 'Open');
    await agent.getByRole('button', { name: 'Mark solved' }).click();
    await status(agent, 'Solved');
    await agent.getByLabel('Resolution', { exact: true }).fill(resolution);
    expect(await agent.getByLabel('Verify as accepted answer').isChecked()).toBe(true);
    await agent.getByRole('button', { name: 'Post resolution to thread' }).click();
    await agent.getByText('The resolution is posted to the thread.').waitFor();
    await agent.getByText(/changed the status: Pending → Open/).waitFor();
    await agent.screenshot({ path: join(SCREENSHOT_DIR, 'ticket.png'), fullPage: true });
    await customer.reload();
    await status(customer, 'Solved');
    await customer.getByRole('button', { name: 'Reopen' }).waitFor();

    await customer.goto(`${t.url}/t/${thread.id}`);
    const accepted = customer.getByRole('region', { name: /Accepted answer/ });
    await accepted.getByText('Verified by staff').waitFor();
    await accepted.getByText(resolution).waitFor();
    await customer.getByText('Escalated to support').waitFor();
    await customer.getByRole('link', { name: `Ticket #${ticketNumber}` }).waitFor();
  });

  it('shows a colleague that the thread is escalated, but not the ticket', async () => {
    const forum = await createForum(staff, { name: 'Exports' });
    const own = await createThread(asker, forum.id, { title: 'Nightly export arrives empty' });
    const { escalateThread } = await asker.client.ok(ESCALATE, {
      input: { threadId: own.id, priority: 'STANDARD', whatHappened: 'The file has headers only.' },
    });
    const { page, problems } = await signInTab(browser, t.url, colleague, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/t/${own.id}`);
    await page.getByText('Escalated to support').waitFor();
    expect(await page.getByRole('link', { name: /^Ticket #/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Escalate to support' }).count()).toBe(0);
    await page.goto(`${t.url}/tickets/${escalateThread.number}`);
    await page.getByRole('heading', { name: "We couldn't find that ticket" }).waitFor();
    expect(problems).toEqual([]);
  });
});
