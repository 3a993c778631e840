// `npm start`: build what is missing, then run server + worker in one process.
// `npm start -- --demo` fills an empty instance with the demo community first.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './ensure-built.mjs';

if (process.argv.includes('--demo')) process.env.DEMO = '1';
ensureBuilt();
await import(pathToFileURL(join(root, 'server/dist/server/src/main.js')).href);
