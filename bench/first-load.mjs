/* global document */
// `npm run bench:first-load`: how long a first visit to `/` takes on a slow phone connection. Boots the built server
// on a throwaway embedded PostgreSQL + Meilisearch with the demo community, then loads `/` in Chromium with a cold
// cache under DevTools' "Slow 4G" network profile and 4x CPU throttling, and prints First Contentful Paint and the
// moment the forum list is on screen (the median of RUNS loads, 3 by default).
//   npm run bench:first-load
//   WEB_DIST=/path/to/other/web/dist npm run bench:first-load   # measure another build of web/ (e.g. before a change)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBuilt, root } from '../scripts/ensure-built.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const TARGET_FCP_MS = 2000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** DevTools' "Slow 4G" preset (front_end/core/sdk/NetworkManager.ts): bytes per second and milliseconds. */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.4 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((675 * 1000) / 8) * 0.9,
};
const CPU_SLOWDOWN = 4;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One cold load: a fresh browser context has an empty HTTP cache. */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    // Checked on every frame inside the page, so the time is the page's own clock, not this process's round trip.
    const listShown = await page.waitForFunction(() => (document.querySelector('ol.forum-list > li') ? performance.now() : false), null, {
      polling: 'raf',
      timeout: 120_000,
    });
    const forumListMs = await listShown.jsonValue();
    return await page.evaluate((forumList) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const scripts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
      return {
        fcpMs: fcp ? Math.round(fcp.startTime) : null,
        forumListMs: Math.round(forumList),
        scriptsTransferredKB: Math.round(scripts.reduce((sum, entry) => sum + entry.transferSize, 0) / 100) / 10,
      };
    }, forumListMs);
  } finally {
    await context.close();
  }
}

async function main() {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-first-load-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    DEMO: '1',
    DEMO_ALLOW_PRODUCTION: '1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.MEILI_URL;
  const server = spawn(process.execPath, [join(root, 'server/dist/server/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let browser;
  try {
    const bootStart = Date.now();
    for (;;) {
      try {
        if ((await fetch(`${url}readyz`)).ok) break;
      } catch {}
      if (Date.now() - bootStart > 120_000) throw new Error('server did not become ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await measure(browser, url);
      runs.push(run);
      console.log(
        `run ${i + 1}: first contentful paint ${run.fcpMs} ms, forum list visible ${run.forumListMs} ms, JavaScript transferred ${run.scriptsTransferredKB} KB`,
      );
    }
    const fcp = median(runs.map((r) => r.fcpMs));
    const list = median(runs.map((r) => r.forumListMs));
    console.log(
      `Median of ${RUNS} cold loads of / (Slow 4G: ${SLOW_4G.latency} ms latency, ${Math.round(SLOW_4G.downloadThroughput / 1000)} kB/s down, ` +
        `${Math.round(SLOW_4G.uploadThroughput / 1000)} kB/s up; CPU ${CPU_SLOWDOWN}x slower): first contentful paint ${fcp} ms ` +
        `(target ≤ ${TARGET_FCP_MS} ms: ${fcp <= TARGET_FCP_MS ? 'met' : 'MISSED'}), forum list visible ${list} ms.`,
    );
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
