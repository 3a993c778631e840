import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchBrowser, type BrowserSession } from '../support/browser';
import { createForum, createThread, createUser, type TestUser } from '../support/factories';
import { describeWithData, SHARED_DATA_DIR } from '../support/shared-data';
import { startTestApp, UNLIMITED_POSTING, type TestApp } from '../support/test-app';

const describeXss = chromiumPath ? describeWithData('xss/payloads.txt') : describe.skip;
const PAYLOAD_FILE = join(SHARED_DATA_DIR, 'xss', 'payloads.txt');

/** Runs `fn` over items with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** Clicks "Load more" until `selector` matches `expected` elements (the button goes away at the end). */
async function loadAll(page: Page, selector: string, expected: number) {
  const items = page.locator(selector);
  for (let i = 0; i < 50 && (await items.count()) < expected; i++) {
    const before = await items.count();
    await page.getByRole('button', { name: 'Load more' }).click({ timeout: 10_000 });
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length > (n as number), [selector, before] as const, { timeout: 30_000 });
  }
  expect(await items.count()).toBe(expected);
}

/** Anything in the live DOM that could run script: inline handlers, javascript: URLs, foreign <script>/<iframe>. */
async function dangerousDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|vbscript|data):/i.test(attr.value))
          found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
      }
      if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE'].includes(el.tagName)) found.push(el.tagName);
      if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src.startsWith(location.origin)) found.push('inline SCRIPT');
    }
    return found;
  });
}

const CHUNK = 100;

describeXss('hostile input: every XSS payload as a title and a body', () => {
  let t: TestApp;
  let browser: BrowserSession;
  // A skipped describe still runs its body: read the file only when it is there.
  const payloads = existsSync(PAYLOAD_FILE)
    ? readFileSync(PAYLOAD_FILE, 'utf8')
        .split('\n')
        .filter((p) => p.trim())
    : [];
  const chunks = Array.from({ length: Math.ceil(payloads.length / CHUNK) }, (_, i) => payloads.slice(i * CHUNK, (i + 1) * CHUNK));
  /** Per chunk: a forum whose threads carry the payloads as titles (and bodies), and a thread whose replies carry them. */
  const pages: Array<{ forumSlug: string; threadId: string; count: number }> = [];

  beforeAll(async () => {
    t = await startTestApp(UNLIMITED_POSTING);
    const staff = await createUser(t, { roles: ['STAFF'] });
    const author: TestUser = await createUser(t, { displayName: '<img src=x onerror=alert(1)>' });
    const started = Date.now();
    for (const [c, chunk] of chunks.entries()) {
      const forum = await createForum(staff, { name: `Hostile input ${c + 1}`, slug: `hostile-${c + 1}` });
      // Through the API, every payload is a thread title and that thread's body...
      await pool(chunk, 6, async (payload, i) => {
        const title = `#${c * CHUNK + i} ${payload}`.slice(0, 200).padEnd(8, '.');
        await createThread(author, forum.id, { title, body: payload.slice(0, 50_000) });
      });
      // ...and a reply, so a thread page renders a hundred bodies at once.
      const thread = await createThread(author, forum.id, { title: `Payload replies ${c + 1}`, body: 'Replies follow.' });
      await pool(chunk, 6, async (payload) => {
        await author.client.ok(`mutation($input: ReplyInput!) { replyToThread(input: $input) { id } }`, { input: { threadId: thread.id, body: payload } });
      });
      pages.push({ forumSlug: forum.slug, threadId: thread.id, count: chunk.length });
    }
    console.log(`created ${payloads.length} threads and ${payloads.length} replies in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders every payload title in the forum lists without running script', async () => {
    const { page, problems } = await browser.newPage();
    let seen = 0;
    for (const { forumSlug, count } of pages) {
      await page.goto(`${t.url}/f/${forumSlug}`);
      await page.getByRole('link', { name: /^Payload replies/ }).waitFor();
      await loadAll(page, 'a[href^="/t/"]', count + 1);
      seen += count;
      expect(await dangerousDom(page)).toEqual([]);
    }
    expect(seen).toBe(payloads.length);
    expect(problems).toEqual([]);
  }, 900_000);

  it('renders every payload body on the thread pages without running script', async () => {
    const { page, problems } = await browser.newPage();
    let seen = 0;
    for (const { threadId, count } of pages) {
      await page.goto(`${t.url}/t/${threadId}`);
      await page.getByRole('heading', { name: /^Payload replies/ }).waitFor();
      await loadAll(page, '[data-post-number]', count + 1);
      seen += count;
      expect(await dangerousDom(page)).toEqual([]);
    }
    expect(seen).toBe(payloads.length);
    expect(problems).toEqual([]);
  }, 900_000);
});
