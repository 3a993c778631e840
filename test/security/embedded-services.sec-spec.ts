import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../server/src/platform/config/app-config';
import { startEmbeddedMeili } from '../../server/src/platform/embedded/embedded-meilisearch';
import { LEGACY_PASSWORD, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../server/src/platform/embedded/embedded-postgres';
import { startInfrastructure } from '../../server/src/platform/embedded/infrastructure';

const asRoot = process.getuid?.() === 0;
// As root, PostgreSQL runs as the `postgres` system user, whose group may pass through (not list) the data folder.
const PRIVATE_FOLDER = asRoot ? 0o710 : 0o700;
const mode = (path: string) => statSync(path).mode & 0o777;

/** How a local user with no access to the data folder would try to sign in: the well-known logins. */
async function signInAs(port: number, user: string, password: string): Promise<string> {
  const client = new Client({ host: '127.0.0.1', port, user, password, database: 'postgres' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return 'accepted';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

describe('the embedded PostgreSQL, seen by another local user', () => {
  let dataDir: string;
  let pg: EmbeddedPostgresHandle | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'threadline-sec-pg-'));
  });
  afterEach(async () => {
    await pg?.stop();
    pg = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no known password: a random one, in a file and folder only the owner can open', async () => {
    pg = await startEmbeddedPostgres({ dataDir, database: 'threadline' });
    const state = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8'));
    expect(state.password).toMatch(/^[\w-]{32,}$/);
    expect(mode(join(dataDir, 'postgres.json'))).toBe(0o600);
    expect(mode(dataDir)).toBe(PRIVATE_FOLDER);
    expect(existsSync(join(dataDir, '.postgres-initdb-password'))).toBe(false);

    for (const [user, password] of [
      ['threadline', LEGACY_PASSWORD],
      ['threadline', 'password'],
      ['postgres', 'postgres'],
      ['postgres', 'password'],
      ['postgres', LEGACY_PASSWORD],
    ]) {
      expect(`${user}/${password}: ${await signInAs(pg.port, user, password)}`).toBe(`${user}/${password}: 28P01`);
    }
    expect(await signInAs(pg.port, 'threadline', state.password)).toBe('accepted');

    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    try {
      // Every way in asks for the password (no `trust` line), and the superuser is the only role that can sign in.
      const { rows: methods } = await admin.query(`SELECT DISTINCT auth_method FROM pg_hba_file_rules`);
      expect(methods.map((r) => r.auth_method)).toEqual(['scram-sha-256']);
      const { rows: logins } = await admin.query(`SELECT rolname FROM pg_roles WHERE rolcanlogin`);
      expect(logins.map((r) => r.rolname)).toEqual(['threadline']);
      // No Unix socket in the shared /tmp either.
      const { rows: sockets } = await admin.query(`SHOW unix_socket_directories`);
      expect(sockets[0].unix_socket_directories).toBe('');
    } finally {
      await admin.end();
    }
  });

  it('replaces the fixed password of a cluster made by an earlier version at its next start, keeping its data', async () => {
    // The on-disk state an earlier version left: role threadline/threadline, postgres.json with the port only,
    // readable by everyone, in a folder everyone could enter.
    pg = await startEmbeddedPostgres({ dataDir, database: 'threadline' });
    const before = new Client({ connectionString: pg.url });
    await before.connect();
    await before.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the upgrade')`);
    await before.query(`ALTER ROLE threadline PASSWORD '${LEGACY_PASSWORD}'`);
    await before.end();
    await pg.stop();
    writeFileSync(join(dataDir, 'postgres.json'), JSON.stringify({ port: pg.port }));
    chmodSync(join(dataDir, 'postgres.json'), 0o644);
    chmodSync(dataDir, 0o755);

    pg = await startEmbeddedPostgres({ dataDir, database: 'threadline' });
    expect(await signInAs(pg.port, 'threadline', LEGACY_PASSWORD)).toBe('28P01');
    const state = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8'));
    expect(state.password).toMatch(/^[\w-]{32,}$/);
    expect(mode(join(dataDir, 'postgres.json'))).toBe(0o600);
    expect(mode(dataDir)).toBe(PRIVATE_FOLDER);
    const after = new Client({ connectionString: pg.url });
    await after.connect();
    const { rows } = await after.query(`SELECT note FROM kept`);
    await after.end();
    expect(rows).toEqual([{ note: 'written before the upgrade' }]);
  });
});

describe('the embedded Meilisearch, seen by another local user', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'threadline-sec-meili-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its master key out of the process list and runs with --env production under NODE_ENV=production', async () => {
    // Through the same path as `npm start`, with only Meilisearch embedded.
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: process.env.TL_TEST_ADMIN_URL });
    const infra = await startInfrastructure(config, { info: () => undefined, error: () => undefined });
    try {
      // What any local user sees.
      const listed = spawnSync('ps', ['-ww', '-e', '-o', 'pid=,args='], { encoding: 'utf8' }).stdout.split('\n');
      const meili = listed.filter((line) => line.includes(`--db-path ${join(dataDir, 'meili')} `));
      expect(meili).toHaveLength(1);
      expect(meili[0]).not.toContain(infra.meiliMasterKey);
      expect(meili[0]).toContain('--env production');
      const pid = Number(meili[0].trim().split(/\s+/)[0]);
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).not.toContain(infra.meiliMasterKey);
      expect(mode(join(dataDir, 'meili.key'))).toBe(0o600);
      expect(mode(join(dataDir, 'meili'))).toBe(0o700);

      // Production mode serves no search preview dashboard at /; development does (checked below).
      const home = await fetch(`${infra.meiliUrl}/`);
      expect(await home.text()).not.toMatch(/<html/i);
      const indexes = await fetch(`${infra.meiliUrl}/indexes`, { headers: { authorization: `Bearer ${infra.meiliMasterKey}` } });
      expect(indexes.status).toBe(200);
    } finally {
      await infra.stop();
    }
  });

  it('still serves the dashboard in development, so the check above can tell the two apart', async () => {
    const meili = await startEmbeddedMeili({ dataDir, production: false });
    try {
      expect(await (await fetch(`${meili.url}/`)).text()).toMatch(/<html/i);
    } finally {
      await meili.stop();
    }
  });
});
