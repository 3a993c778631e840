// `npm run dev`: TypeScript in watch mode, the server restarted on change, and the Vite dev server (proxying /graphql).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt({ web: false });
const children = [
  spawn('npx', ['tsc', '-w', '--preserveWatchOutput', '-p', 'server/tsconfig.build.json'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch', join(root, 'server/dist/server/src/main.js')], { cwd: root, stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', 'web'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
