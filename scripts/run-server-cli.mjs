// Runs a server CLI command (import, schema, reindex...) from the built server.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt({ web: false });
process.argv = [process.argv[0], join(root, 'server/dist/server/src/cli.js'), ...process.argv.slice(2)];
await import(pathToFileURL(join(root, 'server/dist/server/src/cli.js')).href);
