// The bench's PostgreSQL and Meilisearch: the embedded ones (started here, in a throwaway folder, with the server's own
// starters from its build) or DATABASE_URL / MEILI_URL. Either way the run gets a database and an index prefix of its
// own, dropped at the end, so a bench never touches the data of an instance that shares those servers.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/ensure-built.mjs';

const serverRequire = createRequire(join(root, 'server/package.json'));
export const pg = serverRequire('pg');
/** A module of the server's build (the bench runs the product's own code where it can, not copies of it). */
export const dist = (path) => serverRequire(join(root, 'server/dist/server/src', path));

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Starts (or reaches) the services and creates this run's database. Returns the URLs the server, the importer and the
 * limit processes share, and stop() that drops what the run made and stops what it started.
 */
export async function startServices() {
  // A folder of their own, which the starters secure (as root, PostgreSQL's system user must be able to enter it).
  const dataDir = mkdtempSync(join(tmpdir(), 'threadline-bench-services-'));
  const stops = [async () => rmSync(dataDir, { recursive: true, force: true })];
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = dist('platform/embedded/embedded-postgres.js');
    const embedded = await startEmbeddedPostgres({ dataDir, database: 'threadline_admin' });
    stops.push(() => embedded.stop());
    adminUrl = embedded.url;
  }
  let meiliUrl = process.env.MEILI_URL;
  let meiliKey = process.env.MEILI_MASTER_KEY;
  if (!meiliUrl) {
    const { startEmbeddedMeili } = dist('platform/embedded/embedded-meilisearch.js');
    // As the product runs it under NODE_ENV=production.
    const embedded = await startEmbeddedMeili({ dataDir, production: true });
    stops.push(() => embedded.stop());
    meiliUrl = embedded.url;
    meiliKey = embedded.masterKey;
  }
  const database = `tl_bench_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const indexPrefix = `bench_${runId}_`;
  const services = {
    databaseUrl: withDatabase(adminUrl, database),
    meiliUrl,
    meiliKey,
    indexPrefix,
    threadsIndex: `${indexPrefix}threads`,
    embedded: { postgres: !process.env.DATABASE_URL, meilisearch: !process.env.MEILI_URL },
    /** The environment every Threadline process of the run gets. */
    env: { DATABASE_URL: withDatabase(adminUrl, database), MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliKey, MEILI_INDEX_PREFIX: indexPrefix },
    async stop() {
      // BENCH_KEEP=1 with DATABASE_URL and MEILI_URL: the run's database and index stay, to profile against them.
      if (process.env.BENCH_KEEP === '1' && process.env.DATABASE_URL && process.env.MEILI_URL) {
        process.stdout.write(`[bench] kept: DATABASE_URL=${withDatabase(adminUrl, database)} MEILI_INDEX_PREFIX=${indexPrefix}\n`);
        return;
      }
      // Servers shared with others keep nothing of the run; embedded ones go with their folder anyway.
      if (process.env.MEILI_URL) {
        for (const uid of [`${indexPrefix}threads`, `${indexPrefix}threads_next`]) {
          await fetch(`${meiliUrl}/indexes/${uid}`, { method: 'DELETE', headers: { authorization: `Bearer ${meiliKey}` } }).catch(() => undefined);
        }
      }
      if (process.env.DATABASE_URL) {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect().catch(() => undefined);
        await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
        await c.end().catch(() => undefined);
      }
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    },
  };
  return services;
}
