import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/platform/database/data-source-options';
import { startEmbeddedMeili } from '../../server/src/platform/embedded/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../server/src/platform/embedded/embedded-postgres';

/**
 * Starts one real PostgreSQL and one real Meilisearch for the whole run (or uses DATABASE_URL / MEILI_URL),
 * migrates a template database once, and tells the test files where everything is through process.env.
 * Each test file then clones the template into a database of its own (test/support/test-app.ts).
 */
export default async function globalSetup() {
  const started = Date.now();
  const scratch = mkdtempSync(join(tmpdir(), 'threadline-test-'));
  const stops: Array<() => Promise<void>> = [];

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: scratch, database: 'threadline_admin' });
    stops.push(() => pg.stop());
    adminUrl = pg.url;
  }
  let meiliUrl = process.env.MEILI_URL;
  let meiliKey = process.env.MEILI_MASTER_KEY;
  if (!meiliUrl) {
    const meili = await startEmbeddedMeili({ dataDir: scratch });
    stops.push(() => meili.stop());
    meiliUrl = meili.url;
    meiliKey = meili.masterKey;
  }

  const template = `tl_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);
  const ds = new DataSource(dataSourceOptions(templateUrl));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();

  process.env.TL_TEST_ADMIN_URL = adminUrl;
  process.env.TL_TEST_TEMPLATE_DB = template;
  process.env.TL_TEST_MEILI_URL = meiliUrl;
  process.env.TL_TEST_MEILI_KEY = meiliKey;
  (globalThis as Record<string, unknown>).__THREADLINE_TEST__ = {
    async stop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect().catch(() => undefined);
      // Databases the test files forgot to drop, then the template.
      const { rows } = await client
        .query(`SELECT datname FROM pg_database WHERE datname LIKE 'tl_t_%' OR datname = $1`, [template])
        .catch(() => ({ rows: [] as Array<{ datname: string }> }));
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
      await client.end().catch(() => undefined);
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  process.stdout.write(
    `\n[test services ready in ${Date.now() - started} ms: PostgreSQL ${process.env.DATABASE_URL ? 'from DATABASE_URL' : 'embedded'}, Meilisearch ${process.env.MEILI_URL ? 'from MEILI_URL' : 'embedded'}]\n`,
  );
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
