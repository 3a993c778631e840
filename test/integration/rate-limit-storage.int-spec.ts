import type { ThrottlerStorage } from '@nestjs/throttler';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresRateLimitStorage } from '../../server/src/platform/rate-limit/rate-limit-hits.repository';
import { RedisRateLimitStorage } from '../../server/src/platform/rate-limit/redis-rate-limit-storage';
import { RATE_LIMIT_STORAGE, SharedRateLimiter } from '../../server/src/platform/rate-limit/shared-rate-limiter';
import { startTestApp } from '../support/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

/**
 * The shared rate-limit storages (issue 12): the PostgreSQL one every install has, and the Redis one used when
 * REDIS_URL is set. Each runs the same behaviours, with two storages on separate connections standing for two app
 * instances. The Redis suite needs a Redis server: TEST_REDIS_URL, or the machine's at 127.0.0.1:6379. Where none
 * answers it is skipped with a warning, except under CI=true: CI runs on the machine kind that always has Redis, so a
 * skip there would hide a broken Redis path.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Synchronous, so the suite can choose describe or describe.skip: a child process tries the PING. */
function redisAnswers(url: string): boolean {
  const probe = `const R=require('ioredis');const r=new R(process.argv[1],{lazyConnect:true,maxRetriesPerRequest:0,connectTimeout:1500,retryStrategy:()=>null});r.connect().then(()=>r.ping()).then(()=>process.exit(0),()=>process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe, url], { cwd: `${__dirname}/../../server`, timeout: 5000 });
  return result.status === 0;
}

interface Backend {
  /** Two storages over separate connections: two instances. */
  storages: [ThrottlerStorage, ThrottlerStorage];
  /** Moves the key's window (and block, if any) into the past, as if the time had gone by. */
  endWindow(name: string, key: string): Promise<void>;
  endBlock(name: string, key: string): Promise<void>;
}

/** The behaviours every storage must have; `setup` builds the backend once per suite. */
function storageBehaviours(setup: () => Backend) {
  let b: Backend;
  beforeAll(() => {
    b = setup();
  });
  const key = () => `k-${randomBytes(6).toString('hex')}`;

  it('counts hits in a window and refuses the one past the limit, for the block it asks for', async () => {
    const [s] = b.storages;
    const k = key();
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await s.increment(k, 60_000, 3, 30_000, 'auth'));
    expect(hits.map((h) => [h.totalHits, h.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(hits[0].timeToExpire).toBe(60);
    const refused = await s.increment(k, 60_000, 3, 30_000, 'auth');
    expect(refused).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 30 });
    // Refused hits are not counted again while the block lasts.
    expect(await s.increment(k, 60_000, 3, 30_000, 'auth')).toMatchObject({ totalHits: 4, isBlocked: true });
  });

  it('shares one count between two instances', async () => {
    const [a, c] = b.storages;
    const k = key();
    await a.increment(k, 60_000, 4, 60_000, 'auth');
    await c.increment(k, 60_000, 4, 60_000, 'auth');
    await a.increment(k, 60_000, 4, 60_000, 'auth');
    expect(await c.increment(k, 60_000, 4, 60_000, 'auth')).toMatchObject({ totalHits: 4, isBlocked: false });
    expect(await a.increment(k, 60_000, 4, 60_000, 'auth')).toMatchObject({ isBlocked: true });
    expect(await c.increment(k, 60_000, 4, 60_000, 'auth')).toMatchObject({ isBlocked: true });
  });

  it('lets exactly the limit through when both instances hit one key at once', async () => {
    const [a, c] = b.storages;
    const k = key();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : c).increment(k, 60_000, 25, 60_000, 'auth')));
    const allowed = results.filter((r) => !r.isBlocked).map((r) => r.totalHits);
    expect(allowed.sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('keeps limits of different names apart', async () => {
    const [s] = b.storages;
    const k = key();
    await s.increment(k, 60_000, 1, 60_000, 'auth');
    expect(await s.increment(k, 60_000, 1, 60_000, 'auth')).toMatchObject({ isBlocked: true });
    expect(await s.increment(k, 60_000, 1, 60_000, 'search')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('counts from one again once the window has ended', async () => {
    const [s] = b.storages;
    const k = key();
    await s.increment(k, 60_000, 5, 60_000, 'auth');
    await s.increment(k, 60_000, 5, 60_000, 'auth');
    await b.endWindow('auth', k);
    expect(await s.increment(k, 60_000, 5, 60_000, 'auth')).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 60 });
  });

  it('lets a blocked key try again once its block has ended, counting from one', async () => {
    const [s] = b.storages;
    const k = key();
    await s.increment(k, 60_000, 1, 600_000, 'auth');
    expect(await s.increment(k, 60_000, 1, 600_000, 'auth')).toMatchObject({ isBlocked: true, timeToBlockExpire: 600 });
    // The window ends first; the block still holds.
    await b.endWindow('auth', k);
    expect(await s.increment(k, 60_000, 1, 600_000, 'auth')).toMatchObject({ isBlocked: true });
    await b.endBlock('auth', k);
    expect(await s.increment(k, 60_000, 1, 600_000, 'auth')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('without a block of its own, refuses until the window ends (the shared limiter)', async () => {
    const [s] = b.storages;
    const k = key();
    await s.increment(k, 120_000, 1, 0, 'search');
    const refused = await s.increment(k, 120_000, 1, 0, 'search');
    expect(refused).toMatchObject({ isBlocked: true, timeToBlockExpire: 120, timeToExpire: 120 });
    // Time passing ends the window and the refusal together (the refusal lasts exactly as long).
    await b.endWindow('search', k);
    await b.endBlock('search', k);
    expect(await s.increment(k, 120_000, 1, 0, 'search')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('answers the wait through SharedRateLimiter: 0 while allowed, then the seconds left', async () => {
    const limiter = new SharedRateLimiter(b.storages[0]);
    const rule = { name: 'reset-email', limit: 2, windowMs: 3_600_000 };
    const who = `${key()}@example.test`;
    expect([await limiter.take(rule, who), await limiter.take(rule, who)]).toEqual([0, 0]);
    expect(await limiter.take(rule, who)).toBe(3600);
    expect(await new SharedRateLimiter(b.storages[1]).take(rule, who)).toBe(3600);
  });
}

async function migratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TL_TEST_ADMIN_URL!;
  const name = `tl_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.TL_TEST_TEMPLATE_DB}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

describe('rate-limit storage in PostgreSQL (the default)', () => {
  let dbs: DataSource[] = [];
  let drop: () => Promise<void>;
  let backend: Backend;

  beforeAll(async () => {
    const created = await migratedDatabase();
    drop = created.drop;
    dbs = [new DataSource({ type: 'postgres', url: created.url }), new DataSource({ type: 'postgres', url: created.url })];
    await Promise.all(dbs.map((d) => d.initialize()));
    backend = {
      storages: [new PostgresRateLimitStorage(dbs[0]), new PostgresRateLimitStorage(dbs[1])],
      endWindow: async (name, k) => {
        await dbs[0].query(`UPDATE rate_limit_hits SET window_ends_at = now() - interval '1 second' WHERE key = $1`, [`${name}:${k}`]);
      },
      endBlock: async (name, k) => {
        await dbs[0].query(`UPDATE rate_limit_hits SET blocked_until = now() - interval '1 second' WHERE key = $1`, [`${name}:${k}`]);
      },
    };
  });
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.destroy()));
    await drop();
  });

  storageBehaviours(() => backend);

  it('keeps its counters in an UNLOGGED table (no WAL per hit)', async () => {
    const [{ relpersistence }] = await dbs[0].query(`SELECT relpersistence FROM pg_class WHERE relname = 'rate_limit_hits'`);
    expect(relpersistence).toBe('u');
  });

  it('sweeps the rows whose window ended and that block nothing, and keeps the rest', async () => {
    const s = backend.storages[0] as PostgresRateLimitStorage;
    await dbs[0].query(`DELETE FROM rate_limit_hits`);
    await s.increment('ended', 60_000, 5, 60_000, 'sweep');
    await s.increment('live', 60_000, 5, 60_000, 'sweep');
    await s.increment('blocking', 60_000, 0, 600_000, 'sweep');
    await backend.endWindow('sweep', 'ended');
    await backend.endWindow('sweep', 'blocking');
    expect(await s.sweep()).toBe(1);
    const rows = await dbs[0].query(`SELECT key FROM rate_limit_hits ORDER BY key`);
    expect(rows.map((r: { key: string }) => r.key)).toEqual(['sweep:blocking', 'sweep:live']);
  });
});

const redisHere = redisAnswers(REDIS_URL);
if (!redisHere && process.env.CI !== 'true') {
  console.warn(`\n!!! No Redis at ${REDIS_URL}: the Redis rate-limit storage suite is SKIPPED (set TEST_REDIS_URL) !!!\n`);
}

describe('rate-limit storage in Redis (REDIS_URL set)', () => {
  if (!redisHere && process.env.CI === 'true') {
    it('needs Redis under CI', () => {
      throw new Error(`No Redis answered at ${REDIS_URL}; CI runs where Redis is installed (the machine kind node-svc)`);
    });
    return;
  }
  const maybe = redisHere ? describe : describe.skip;

  maybe(`against ${REDIS_URL}`, () => {
    const prefix = `tl-test-${randomBytes(4).toString('hex')}:`;
    let admin: Redis;
    let fallback: { db: DataSource; drop: () => Promise<void> };
    let storages: RedisRateLimitStorage[] = [];
    let backend: Backend;

    beforeAll(async () => {
      admin = new Redis(REDIS_URL);
      const created = await migratedDatabase();
      const db = new DataSource({ type: 'postgres', url: created.url });
      await db.initialize();
      fallback = { db, drop: created.drop };
      storages = [0, 1].map(() => new RedisRateLimitStorage(REDIS_URL, prefix, new PostgresRateLimitStorage(db)));
      await Promise.all(storages.map((s) => s.ready()));
      const move = (field: string) => async (name: string, k: string) => {
        const redisKey = `${prefix}${name}:${k}`;
        if (await admin.hexists(redisKey, field)) await admin.hset(redisKey, field, Date.now() - 1000);
      };
      backend = { storages: [storages[0], storages[1]], endWindow: move('windowEnd'), endBlock: move('blockedUntil') };
    });
    afterAll(async () => {
      const keys = await admin.keys(`${prefix}*`);
      if (keys.length) await admin.del(...keys);
      await admin.quit();
      await Promise.all(storages.map((s) => s.onApplicationShutdown()));
      await fallback.db.destroy();
      await fallback.drop();
    });

    storageBehaviours(() => backend);

    it('lets Redis expire a key once neither its window nor its block needs it', async () => {
      await storages[0].increment('expiring', 60_000, 1, 300_000, 'auth');
      await storages[0].increment('expiring', 60_000, 1, 300_000, 'auth');
      const ttl = await admin.pttl(`${prefix}auth:expiring`);
      expect(ttl).toBeGreaterThan(240_000);
      expect(ttl).toBeLessThanOrEqual(300_000);
    });

    it('is what the app counts in when REDIS_URL is set: the sign-in limit per address lives in Redis, not PostgreSQL', async () => {
      const appPrefix = `${prefix}app:`;
      const t = await startTestApp({ REDIS_URL, REDIS_KEY_PREFIX: appPrefix, AUTH_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '1' });
      try {
        expect(t.app.get(RATE_LIMIT_STORAGE)).toBeInstanceOf(RedisRateLimitStorage);
        const attempt = () => t.client().request(SIGN_IN, { input: { email: 'nobody@example.test', password: 'not it' } }, { 'x-forwarded-for': '192.0.2.10' });
        const codes = [];
        for (let i = 0; i < 3; i++) codes.push((await attempt()).errors![0].extensions!.code);
        expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
        expect(await admin.keys(`${appPrefix}rate:auth:*`)).toHaveLength(1);
        expect((await t.db.query(`SELECT count(*)::int AS n FROM rate_limit_hits`))[0].n).toBe(0);
      } finally {
        await t.close();
      }
    });

    it('counts in PostgreSQL while Redis cannot be reached, and never fails the request', async () => {
      const pg = new PostgresRateLimitStorage(fallback.db);
      // Nothing listens on port 1.
      const away = new RedisRateLimitStorage('redis://127.0.0.1:1', prefix, pg);
      try {
        expect(await away.increment('outage', 60_000, 1, 60_000, 'auth')).toMatchObject({ totalHits: 1, isBlocked: false });
        expect(await away.increment('outage', 60_000, 1, 60_000, 'auth')).toMatchObject({ isBlocked: true });
        const [{ hits }] = await fallback.db.query(`SELECT hits FROM rate_limit_hits WHERE key = 'auth:outage'`);
        expect(hits).toBe(2);
      } finally {
        await away.onApplicationShutdown();
      }
    });
  });
});
