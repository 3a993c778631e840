// Runs after `vite build`: fails the build when the JavaScript a first visit must download before the app can
// start (the entry script and every module index.html preloads) is over the budget, gzipped. Hand-written because
// it only reads index.html and sums file sizes: node:zlib gives the gzip figure a server would send.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// kB = 1000 bytes, as vite prints them. About 147 kB today: React DOM 67, Apollo Client with rxjs and graphql's
// printer 45, React Router's declarative mode 14 (its data router would add 18), the shell and the home page 20.
const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 150);
// web/dist by default; another build's folder as the argument (to compare with an earlier build).
const dist = process.argv[2] ? resolve(process.argv[2]) : join(dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** Every script the page fetches before it runs: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
const initial = new Set();
for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
  const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
  const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
  const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if ((isScript || isPreload) && url) initial.add(url.replace(/^\//, ''));
}
if (initial.size === 0) throw new Error('dist/index.html references no module script: is this a vite build?');

const kb = (bytes) => (bytes / 1000).toFixed(1);
let raw = 0;
let gzipped = 0;
for (const file of initial) {
  const content = readFileSync(join(dist, file));
  const size = gzipSync(content, { level: 9 }).length;
  raw += content.length;
  gzipped += size;
  console.log(`  ${file.padEnd(44)} ${kb(content.length).padStart(7)} kB  ${kb(size).padStart(6)} kB gzipped`);
}
const verdict = gzipped <= BUDGET_KB * 1000 ? 'within' : 'OVER';
console.log(`Initial JavaScript: ${initial.size} files, ${kb(raw)} kB (${kb(gzipped)} kB gzipped); budget ${BUDGET_KB} kB gzipped: ${verdict}.`);
if (verdict === 'OVER') {
  console.error('The first load is over its JavaScript budget: load the new code on demand (see web/src/app/router.tsx).');
  process.exit(1);
}
