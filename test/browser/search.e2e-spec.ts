import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, SCREENSHOT_DIR, signInTab, type BrowserSession } from '../support/browser';
import { createForum, createGroup, createThread, createUser, DEFAULT_PASSWORD, reply, type TestUser } from '../support/factories';
import { waitForSearchSync } from '../support/search';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const ROUTING_TITLE = 'How do I route leads by state?';
const BACKUP_TITLE = 'Route leads to a backup buyer when the first declines';
const PRIVATE_TITLE = 'Route leads for solar installers by roof size';
const WEBHOOK_TITLE = 'Webhook retries after a timeout';

describeBrowser('search: the header box, the search page and the composer, in Chromium', () => {
  let t: TestApp;
  let browser: BrowserSession;
  let member: TestUser;
  let solarMember: TestUser;
  let routingForum: { id: string; slug: string };
  let billingForum: { id: string; slug: string };
  let routing: { id: string };
  let backup: { id: string };
  let privateThread: { id: string };

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '100', ...UNLIMITED_POSTING });
    const staff = await createUser(t, { roles: ['STAFF'], displayName: 'Maya Staff' });
    const asker = await createUser(t, { displayName: 'Ada Asker' });
    member = await createUser(t, { displayName: 'Nina Member' });
    solarMember = await createUser(t, { displayName: 'Sam Solar' });
    routingForum = await createForum(staff, { name: 'Lead routing', slug: 'lead-routing' });
    billingForum = await createForum(staff, { name: 'Billing questions', slug: 'billing' });
    const solar = await createGroup(staff, { name: 'Solar installers', owner: solarMember });
    const lounge = await createForum(staff, { name: 'Solar lounge', slug: 'solar-lounge', groupId: solar.id });

    // The routing question is the older one but has the latest activity (an accepted staff answer), so "Newest" and
    // "Latest activity" disagree on the order.
    routing = await createThread(asker, routingForum.id, { title: ROUTING_TITLE, body: 'Leads from Texas should go to one buyer only.' });
    backup = await createThread(asker, billingForum.id, { title: BACKUP_TITLE, body: 'When a buyer declines, the lead should move on.' });
    await createThread(asker, routingForum.id, { title: WEBHOOK_TITLE, body: 'Our endpoint was slow for a minute.' });
    privateThread = await createThread(solarMember, lounge.id, { title: PRIVATE_TITLE, body: 'Bigger roofs go to the premium installer.' });
    const answer = await reply(staff, routing.id, 'Add a filter step on the state field, then pick the buyer.');
    await asker.client.ok(`mutation($p: ID!) { acceptAnswer(postId: $p) { id } }`, { p: answer.id });
    // The index sorts by whole seconds and these were all written within one: spread the dates apart (and have the
    // search worker pick them up) so that each sort has one right order.
    await t.db.query(`UPDATE threads SET created_at = now() - interval '3 hours', last_activity_at = now() - interval '10 minutes' WHERE id = $1`, [
      routing.id,
    ]);
    await t.db.query(`UPDATE threads SET created_at = now() - interval '2 hours', last_activity_at = now() - interval '2 hours' WHERE id = $1`, [backup.id]);
    await t.db.query(`INSERT INTO outbox (topic, entity_id) VALUES ('thread', $1), ('thread', $2)`, [routing.id, backup.id]);
    await waitForSearchSync(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search threads' });
  const optionTitles = (page: Page) => page.getByRole('listbox', { name: 'Instant results' }).locator('.header-search__title').allInnerTexts();
  const suggestionTitles = (page: Page) => page.getByRole('list', { name: 'Similar threads' }).locator('.similar-thread__link .highlighted').allInnerTexts();

  /** The page's results once they are for these words and filters: the list settles when the request is answered. */
  async function waitForHits(page: Page, expected: string[]) {
    await page.locator('.search-results:not(.search-results--stale)').waitFor();
    await page.waitForFunction(
      (titles) =>
        JSON.stringify(
          [...document.querySelectorAll('.search-results:not(.search-results--stale) .search-hit__title')].map((e) => (e as HTMLElement).innerText),
        ) === JSON.stringify(titles),
      expected,
    );
  }

  /** The same, for relevance order (which of two equally good matches comes first is the engine's business). */
  async function waitForHitSet(page: Page, expected: string[]) {
    await page.locator('.search-results:not(.search-results--stale)').waitFor();
    await page.waitForFunction(
      (titles) =>
        JSON.stringify(
          [...document.querySelectorAll('.search-results:not(.search-results--stale) .search-hit__title')].map((e) => (e as HTMLElement).innerText).sort(),
        ) === JSON.stringify(titles),
      [...expected].sort(),
    );
  }

  /** Composer events are fire-and-forget: wait until the database has this many for the person. */
  async function composerEvents(user: TestUser, count: number) {
    for (;;) {
      const rows: Array<{ session_id: string; kind: string; thread_ids: string[] }> = await t.db.query(
        `SELECT session_id, kind, thread_ids FROM composer_events WHERE user_id = $1 ORDER BY id`,
        [user.id],
      );
      if (rows.length >= count) return rows;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('shows instant results in the header as you type, opens one with the keyboard, and the search page on Enter', async () => {
    const { page, problems } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    const box = headerBox(page);
    await box.click();
    await box.pressSequentially('route leads');
    await page.getByRole('option', { name: /How do I route leads by state\?/ }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    // Exactly what the member may see: the private lounge's thread is not there; "See all results" comes last.
    expect((await optionTitles(page)).sort()).toEqual([ROUTING_TITLE, BACKUP_TITLE].sort());
    const options = page.getByRole('option');
    expect(await options.last().innerText()).toBe('See all results for “route leads”');
    // The words are highlighted by the server's <mark>s.
    const routingOption = page.getByRole('option', { name: /How do I route leads by state\?/ });
    expect(await routingOption.locator('mark').allInnerTexts()).toEqual(['route', 'leads']);
    await routingOption.getByText('Solved').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-header.png') });

    // ArrowDown highlights the first result (aria-activedescendant), Enter opens it.
    const firstTitle = (await optionTitles(page))[0];
    await box.press('ArrowDown');
    const firstId = await options.first().getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
    expect(await box.inputValue()).toBe('');

    // Escape closes the popup; Enter with nothing highlighted opens the search page for the words.
    await box.fill('texas');
    await page.getByRole('option', { name: /How do I route leads by state\?/ }).waitFor();
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('Enter');
    await page.waitForURL(`${t.url}/search?q=texas`);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await waitForHits(page, [ROUTING_TITLE]);
    expect(await page.getByRole('main').getByRole('searchbox', { name: 'Search threads' }).inputValue()).toBe('texas');
    expect(problems).toEqual([]);
  });

  it('narrows results with the forum and solved facets (in the address), sorts them, and says what to do when nothing matches', async () => {
    const { page, problems } = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/search?q=${encodeURIComponent('route leads')}`);
    await waitForHitSet(page, [ROUTING_TITLE, BACKUP_TITLE]);
    await page.getByText(/^About 2 results \(\d+ ms\)$/).waitFor();
    // The snippet says where it comes from.
    const routingHit = page.locator('.search-hit', { has: page.getByRole('link', { name: ROUTING_TITLE }) });
    await routingHit.getByText('Solved').waitFor();
    await routingHit.getByRole('link', { name: 'Lead routing' }).waitFor();

    const facets = page.getByRole('complementary', { name: 'Narrow the results' });
    await facets.getByRole('button', { name: 'Billing questions, 1', exact: true }).click();
    await waitForHits(page, [BACKUP_TITLE]);
    expect(new URL(page.url()).searchParams.get('forum')).toBe(billingForum.id);
    expect(await facets.getByRole('button', { name: 'Billing questions, 1', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // A second press removes the forum filter; Solved keeps only the answered question.
    await facets.getByRole('button', { name: 'Billing questions, 1', exact: true }).click();
    await waitForHitSet(page, [ROUTING_TITLE, BACKUP_TITLE]);
    await facets.getByRole('button', { name: 'Solved, 1', exact: true }).click();
    await waitForHits(page, [ROUTING_TITLE]);
    expect(new URL(page.url()).searchParams.get('solved')).toBe('1');
    expect(new URL(page.url()).searchParams.get('forum')).toBeNull();
    await facets.getByRole('button', { name: 'Lead routing, 1', exact: true }).click();
    await waitForHits(page, [ROUTING_TITLE]);
    expect(new URL(page.url()).searchParams.get('forum')).toBe(routingForum.id);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-page-facets.png'), fullPage: true });
    await facets.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('forum') && !url.searchParams.has('solved'));
    await waitForHitSet(page, [ROUTING_TITLE, BACKUP_TITLE]);

    // No words: the latest threads, with a hint. Sorting reorders them: newest first, or the latest activity first
    // (the routing question is older than the backup-buyer one but has the newer activity).
    const field = page.getByRole('main').getByRole('searchbox', { name: 'Search threads' });
    await field.fill('');
    await field.press('Enter');
    await page.waitForURL(`${t.url}/search`);
    await page.getByRole('heading', { name: 'Latest threads' }).waitFor();
    await page.getByText('Type a few words above to search every forum you can read', { exact: false }).waitFor();
    await waitForHits(page, [WEBHOOK_TITLE, ROUTING_TITLE, BACKUP_TITLE]);
    await page.getByLabel('Sort by').selectOption('newest');
    await waitForHits(page, [WEBHOOK_TITLE, BACKUP_TITLE, ROUTING_TITLE]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    await page.getByLabel('Sort by').selectOption('latest');
    await waitForHits(page, [WEBHOOK_TITLE, ROUTING_TITLE, BACKUP_TITLE]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('latest');

    // Nothing matches: search wider, browse, or ask (the new-thread form starts with the words).
    await field.fill('xylophone quartet');
    await field.press('Enter');
    await page.getByRole('heading', { name: 'No threads match “xylophone quartet”' }).waitFor();
    await page.getByRole('link', { name: 'Browse the forums' }).waitFor();
    const ask = page.getByRole('list', { name: 'Ask in a forum' });
    expect(await ask.getByRole('link').allInnerTexts()).toEqual(['Ask in Lead routing', 'Ask in Billing questions']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search-no-results.png'), fullPage: true });

    // Back returns to the previous search.
    await page.goBack();
    await waitForHits(page, [WEBHOOK_TITLE, ROUTING_TITLE, BACKUP_TITLE]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('latest');
    expect(await field.inputValue()).toBe('');
    await page.goForward();
    await page.getByRole('heading', { name: 'No threads match “xylophone quartet”' }).waitFor();

    await ask.getByRole('link', { name: 'Ask in Lead routing' }).click();
    await page.getByRole('heading', { name: 'Start a thread in Lead routing' }).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('xylophone quartet');
    expect(problems).toEqual([]);
  });
  it('never shows a thread of a group-private forum to a non-member, in the header, the search page or the composer; a member sees it', async () => {
    const outsider = await signInTab(browser, t.url, member, DEFAULT_PASSWORD);
    const insider = await signInTab(browser, t.url, solarMember, DEFAULT_PASSWORD);

    for (const [tab, expected] of [
      [outsider, [ROUTING_TITLE, BACKUP_TITLE]],
      [insider, [ROUTING_TITLE, BACKUP_TITLE, PRIVATE_TITLE]],
    ] as Array<[typeof outsider, string[]]>) {
      const page = tab.page;
      await page.goto(`${t.url}/`);
      await headerBox(page).fill('route leads');
      await page.getByRole('option', { name: /How do I route leads by state\?/ }).waitFor();
      expect((await optionTitles(page)).sort()).toEqual([...expected].sort());

      await page.goto(`${t.url}/search?q=${encodeURIComponent('route leads')}`);
      await waitForHitSet(page, expected);
      await page.getByText(`About ${expected.length} results`, { exact: false }).waitFor();

      await page.goto(`${t.url}/f/${routingForum.slug}/new`);
      // Words every one of the three threads has: which threads match is decided by who may read them, nothing else.
      await page.getByLabel('Title').fill('Route leads by');
      await page.getByRole('list', { name: 'Similar threads' }).waitFor();
      const suggested = await suggestionTitles(page);
      expect(suggested.includes(PRIVATE_TITLE)).toBe(expected.includes(PRIVATE_TITLE));
    }
    expect(outsider.problems).toEqual([]);
    expect(insider.problems).toEqual([]);
  });

  it('suggests similar threads while a title is written, and records what they did in one composer session', async () => {
    const writer = await createUser(t, { displayName: 'Wes Writer' });
    const { page, context, problems } = await signInTab(browser, t.url, writer, DEFAULT_PASSWORD);
    await page.goto(`${t.url}/f/${routingForum.slug}/new`);
    const panel = page.getByRole('complementary', { name: 'Search before you post' });
    await panel.getByText('Threads that may already answer your question appear here as you write the title.').waitFor();

    // Two words ask nothing; three do.
    await page.getByLabel('Title').fill('Route leads');
    await page.getByLabel('Title').fill('Route leads by state');
    const suggestion = panel.locator('.similar-thread', { has: page.getByRole('link', { name: /How do I route leads by state\?/ }) });
    await suggestion.getByText('Solved').waitFor();
    const link = suggestion.getByRole('link', { name: /How do I route leads by state\?/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const [shown] = await composerEvents(writer, 1);
    expect(shown.kind).toBe('SUGGESTIONS_SHOWN');
    expect(shown.thread_ids).toContain(routing.id);
    expect(shown.thread_ids).not.toContain(privateThread.id);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'composer-suggestions.png'), fullPage: true });

    // "This answered my question" drops the draft and opens the thread.
    await suggestion.getByRole('button', { name: /^This answered my question/ }).click();
    await page.waitForURL(`${t.url}/t/${routing.id}`);
    await page.getByRole('heading', { level: 1, name: ROUTING_TITLE }).waitFor();
    const firstSession = await composerEvents(writer, 2);
    expect(firstSession.map((e) => [e.session_id, e.kind, e.thread_ids])).toEqual([
      [shown.session_id, 'SUGGESTIONS_SHOWN', shown.thread_ids],
      [shown.session_id, 'RESOLVED_BY_SUGGESTION', [routing.id]],
    ]);

    // A second session: suggestions shown, opened in another tab (the draft stays), then posted anyway.
    await page.goto(`${t.url}/f/${routingForum.slug}/new`);
    await page.getByLabel('Title').fill('Route leads by county line');
    await page.getByLabel('Body').fill('Each county has its own buyer.');
    const again = panel.locator('.similar-thread', { has: page.getByRole('link', { name: /How do I route leads by state\?/ }) });
    await again.waitFor();
    const [, , secondShown] = await composerEvents(writer, 3);
    expect(secondShown.kind).toBe('SUGGESTIONS_SHOWN');
    expect(secondShown.session_id).not.toBe(shown.session_id);
    const [opened] = await Promise.all([context.waitForEvent('page'), again.getByRole('link', { name: /How do I route leads by state\?/ }).click()]);
    await opened.getByRole('heading', { level: 1, name: ROUTING_TITLE }).waitFor();
    await opened.close();
    expect(await page.getByLabel('Title').inputValue()).toBe('Route leads by county line');

    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Route leads by county line' }).waitFor();
    const newThreadId = new URL(page.url()).pathname.split('/').pop();
    const events = await composerEvents(writer, 5);
    expect(events.slice(2).map((e) => [e.session_id, e.kind, e.thread_ids])).toEqual([
      [secondShown.session_id, 'SUGGESTIONS_SHOWN', secondShown.thread_ids],
      [secondShown.session_id, 'SUGGESTION_OPENED', [routing.id]],
      [secondShown.session_id, 'POSTED_ANYWAY', [newThreadId]],
    ]);
    expect(problems).toEqual([]);
  });
});
