import { Inject, Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHash } from 'node:crypto';

/** Where the counters of limits that hold across instances live (PostgreSQL, or Redis when REDIS_URL is set). */
export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

/** A limit that holds across instances: at most `limit` uses per key in each window of `windowMs`. */
export interface SharedLimit {
  /** Names the limit in the storage's keys (letters and dashes). */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Limits per person or per client address that must hold however many instances answer (searches, suggestions,
 * password-reset requests): counted in the shared storage. Limits that protect one instance's own CPU stay in its
 * memory (WindowLimiter). Keys are hashed, so no email or address is stored.
 */
@Injectable()
export class SharedRateLimiter {
  constructor(@Inject(RATE_LIMIT_STORAGE) private readonly storage: ThrottlerStorage) {}

  /** Counts one use; answers 0 when allowed, else the whole seconds until the key may try again. */
  async take(rule: SharedLimit, key: string): Promise<number> {
    const hashed = createHash('sha256').update(key, 'utf8').digest('hex');
    const record = await this.storage.increment(hashed, rule.windowMs, rule.limit, 0, rule.name);
    return record.isBlocked ? Math.max(1, record.timeToBlockExpire) : 0;
  }
}
