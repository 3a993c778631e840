import { Global, Module } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PostgresRateLimitStorage } from './rate-limit-hits.repository';
import { RedisRateLimitStorage } from './redis-rate-limit-storage';
import { RATE_LIMIT_STORAGE, SharedRateLimiter } from './shared-rate-limiter';

/** The shared rate-limit storage (Redis when REDIS_URL is set, else PostgreSQL) and the limiter services use. */
@Global()
@Module({
  providers: [
    PostgresRateLimitStorage,
    {
      provide: RATE_LIMIT_STORAGE,
      inject: [APP_CONFIG, PostgresRateLimitStorage],
      useFactory: async (config: AppConfig, postgres: PostgresRateLimitStorage): Promise<ThrottlerStorage> => {
        if (!config.redisUrl) return postgres;
        const redis = new RedisRateLimitStorage(config.redisUrl, `${config.redisKeyPrefix}rate:`, postgres);
        await redis.ready();
        return redis;
      },
    },
    SharedRateLimiter,
  ],
  exports: [RATE_LIMIT_STORAGE, SharedRateLimiter],
})
export class RateLimitModule {}
