import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import { toRecord, type ThrottlerStorageRecord } from './rate-limit-hits.repository';

/**
 * The same rules as the PostgreSQL storage, in one Lua script so each hit is atomic on the Redis server and reads its
 * clock: a hash per key (hits, window end, block end, in ms), expiring when neither the window nor the block needs it.
 * Returns {hits, ms left in the window, ms left in the block or -1}.
 */
const HIT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl, limit, block = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local v = redis.call('HMGET', KEYS[1], 'hits', 'windowEnd', 'blockedUntil')
local hits, windowEnd, blockedUntil = tonumber(v[1]), tonumber(v[2]), tonumber(v[3])
if blockedUntil and blockedUntil > now then
  return {hits, windowEnd - now, blockedUntil - now}
end
if (not hits) or windowEnd <= now or blockedUntil then
  hits, windowEnd, blockedUntil = 1, now + ttl, nil
else
  hits = hits + 1
end
if hits > limit then
  if block > 0 then blockedUntil = now + block else blockedUntil = windowEnd end
end
if blockedUntil then
  redis.call('HSET', KEYS[1], 'hits', hits, 'windowEnd', windowEnd, 'blockedUntil', blockedUntil)
else
  redis.call('HSET', KEYS[1], 'hits', hits, 'windowEnd', windowEnd)
  redis.call('HDEL', KEYS[1], 'blockedUntil')
end
redis.call('PEXPIRE', KEYS[1], math.max(windowEnd, blockedUntil or 0) - now)
return {hits, windowEnd - now, blockedUntil and (blockedUntil - now) or -1}
`;

/** Log a Redis outage at most this often (each request would otherwise log it). */
const WARN_EVERY_MS = 60_000;

type RedisWithHit = Redis & { rateLimitHit(key: string, ttl: number, limit: number, block: number): Promise<[number, number, number]> };

/**
 * Rate-limit counters in Redis (REDIS_URL set): shared by every instance like the PostgreSQL storage, without a write
 * to PostgreSQL per hit. Hand-written on ioredis because @nest-lab/throttler-storage-redis declares peer support only
 * up to NestJS 11 (we run 12), and the whole storage is this one script. While Redis is unreachable a hit is counted
 * in PostgreSQL instead (a limit still holds, on its own count for the outage) and never fails the request.
 */
export class RedisRateLimitStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisRateLimitStorage.name);
  private readonly redis: RedisWithHit;
  private lastWarning = 0;

  constructor(
    url: string,
    private readonly keyPrefix: string,
    private readonly fallback: ThrottlerStorage,
  ) {
    this.redis = new Redis(url, {
      // Fail fast while Redis is away (the fallback answers) rather than queue requests behind a reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectTimeout: 2000,
    }) as RedisWithHit;
    this.redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis.on('error', (err: Error) => this.warn(`Redis for rate limits: ${err.message}`));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      const [hits, windowMs, blockMs] = await this.redis.rateLimitHit(
        `${this.keyPrefix}${throttlerName}:${key}`,
        Math.ceil(ttl),
        limit,
        Math.max(0, Math.ceil(blockDuration)),
      );
      return toRecord(hits, windowMs, blockMs < 0 ? null : blockMs);
    } catch (err) {
      this.warn(`Rate limits counted in PostgreSQL while Redis fails: ${(err as Error).message}`);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  /**
   * Resolves once connected, or after `timeoutMs` with a warning (the fallback counts meanwhile). The app waits for it
   * at boot: hits taken before the connection is up would otherwise be counted in PostgreSQL, apart from the rest.
   */
  async ready(timeoutMs = 5000): Promise<void> {
    if (this.redis.status === 'ready') return;
    const connected = await new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.redis.on('ready', onReady);
    });
    if (!connected) this.warn(`Redis for rate limits did not answer within ${timeoutMs} ms: counting in PostgreSQL until it does`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private warn(message: string): void {
    if (Date.now() - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = Date.now();
    this.logger.warn(message);
  }
}
