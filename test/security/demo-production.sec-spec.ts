import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../server/src/modules/demo/demo-content';
import { DemoSeeder } from '../../server/src/modules/demo/demo-seeder';
import { startTestApp, type TestApp } from '../support/test-app';

// The built entry point, as `npm start` runs it (scripts/test.mjs builds the server first).
const MAIN = join(__dirname, '..', '..', 'server', 'dist', 'server', 'src', 'main.js');
const DEMO_ADMIN = 'admin@demo.beacon.test';

describe('the demo community on a production instance (its admin password is published)', () => {
  const itBuilt = existsSync(MAIN) ? it : it.skip;
  if (!existsSync(MAIN)) console.warn(`\n!!! SKIPPED: the start check needs the built server (${MAIN}); run it through npm test !!!\n`);

  itBuilt('is refused at start, in one line that says why and how to force it, before anything starts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'threadline-sec-demo-'));
    try {
      const { DATABASE_URL: _d, MEILI_URL: _m, MEILI_MASTER_KEY: _k, ...rest } = process.env;
      const result = spawnSync(process.execPath, [MAIN], {
        env: { ...rest, NODE_ENV: 'production', DEMO: '1', DATA_DIR: dataDir, PORT: '0' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^Invalid configuration: DEMO: refused under NODE_ENV=production\b.*DEMO_ALLOW_PRODUCTION=1/),
      ]);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('when the seeder is reached another way', () => {
    let t: TestApp;
    afterEach(() => t.close());

    it('refuses to create the demo accounts', async () => {
      t = await startTestApp({ NODE_ENV: 'production' });
      await expect(t.app.get(DemoSeeder).seedIfEmpty()).rejects.toThrow(/refused under NODE_ENV=production/);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users`);
      expect(n).toBe(0);
    });

    it('seeds them when forced explicitly, and then the published password works', async () => {
      t = await startTestApp({ NODE_ENV: 'production', DEMO_ALLOW_PRODUCTION: '1', AUTH_RATE_LIMIT_PER_MINUTE: '100' });
      expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBe(true);
      const { status, data } = await t
        .client()
        .request(`mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }`, { e: DEMO_ADMIN, p: DEMO_PASSWORD });
      expect(status).toBe(200);
      expect(data?.signIn.user.id).toBeTruthy();
    });
  });
});
