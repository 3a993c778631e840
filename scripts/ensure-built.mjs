import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './build-state.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const p = (...parts) => join(root, ...parts);

function run(label, args) {
  const started = Date.now();
  process.stdout.write(`Building ${label}... `);
  execFileSync('npm', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** Builds shared, server and web when their output is missing or older than their sources. */
export function ensureBuilt({ server = true, web = true } = {}) {
  const sharedStale = isStale(p('shared/dist/index.js'), [p('shared/src'), p('shared/tsconfig.json')]);
  if (sharedStale) run('shared', ['run', 'build', '-w', 'shared']);
  if (server && (sharedStale || isStale(p('server/dist/server/src/main.js'), [p('server/src'), p('migrations'), p('server/tsconfig.build.json')]))) {
    run('server', ['run', 'build', '-w', 'server']);
  }
  if (web && isStale(p('web/dist/index.html'), [p('web/src'), p('web/index.html'), p('web/vite.config.ts'), p('web/build'), p('shared/src')])) {
    run('web', ['run', 'build', '-w', 'web']);
  }
}
