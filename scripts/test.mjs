// `npm test`: unit, integration (real PostgreSQL + Meilisearch) and browser (real Chromium) suites.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root } from './ensure-built.mjs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const chromium = candidates.find((c) => existsSync(c));
if (chromium) {
  process.env.CHROMIUM_PATH = chromium;
} else if (process.env.CI === 'true') {
  console.error('Chromium is required for the browser suite when CI=true (apt-get install -y chromium, or set CHROMIUM_PATH).');
  process.exit(1);
} else {
  console.warn('\n!!! Chromium not found: the browser suite will be SKIPPED (install it with apt-get install -y chromium) !!!\n');
}

// The browser suite drives the built SPA; the process tests run the built server entry point.
ensureBuilt();
const args = process.argv.slice(2);
const result = spawnSync(process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '--maxWorkers=2', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
