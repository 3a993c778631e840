import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentVersionReader } from './content-version';
import { ContentVersionRepository } from './content-version.repository';
import { SharedRows, type SharedRowsView } from './shared-rows';

export interface CachedAnswer {
  /** The content version read before the answer was computed. */
  version: string;
  body: string;
  /** Compressed once, off the event loop, at its first reuse: hits then cost no compression at all. */
  gzip?: Buffer;
  brotli?: Buffer;
  compressing?: boolean;
}

/** Kept past this only if still asked for and still valid; a safety net for answers that read the clock unmarked. */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Whole GraphQL answers for signed-out readers (the thread page, forum lists, Latest, search), kept in this process's
 * memory and served while the content version is the one they were computed at: any commit to a table such an answer
 * can show moves the version (database triggers), so an answer is never served after the data under it changed, on
 * this instance or another. Signed-in readers always get a fresh answer: theirs carry their own votes and rights.
 *
 * The key is a hash of the whole request body (document, variables, operation name), so a crafted document only ever
 * meets its own exact twin. Answers with errors are not kept (a rate limit or a limit error is not an answer).
 * Fields that read the clock mark their answer uncacheable (markUncacheable).
 */
@Injectable()
export class ReadCacheService {
  readonly enabled: boolean;
  private readonly answers: LRUCache<string, CachedAnswer>;
  private readonly versions: ContentVersionReader;
  private readonly rows: SharedRows;

  constructor(
    private readonly repo: ContentVersionRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.enabled = config.readCacheMb > 0;
    this.answers = new LRUCache({
      maxSize: Math.max(1, config.readCacheMb) * 1024 * 1024,
      // The text (UTF-16 in memory) and room for its two compressed forms.
      sizeCalculation: (answer, key) => answer.body.length * 3 + key.length + 64,
      ttl: MAX_AGE_MS,
    });
    this.versions = new ContentVersionReader(() => repo.read());
    this.rows = new SharedRows(config.readCacheRowsMb * 1024 * 1024);
  }

  /** The rows shared by query requests at this content version (null: a newer one is already in use here). */
  rowsAt(version: string): SharedRowsView | null {
    return this.rows.at(version);
  }

  /**
   * For a change the database does not see, made after its own commit (Meilisearch's settings applied, an index
   * rebuilt and swapped): moves the version, so no instance serves an answer computed before it.
   */
  async contentChangedOutside(): Promise<void> {
    await this.repo.bump();
  }

  version(): Promise<string> {
    return this.versions.current();
  }

  get(key: string): CachedAnswer | undefined {
    return this.answers.get(key);
  }

  set(key: string, answer: CachedAnswer): void {
    this.answers.set(key, answer);
  }

  delete(key: string): void {
    this.answers.delete(key);
  }

  get size(): number {
    return this.answers.size;
  }
}

/** The cache key of a request a signed-out reader may be answered from cache for, or null. */
export function readCacheKey(req: Request): string | null {
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { query?: unknown }).query !== 'string') return null;
  return createHash('sha256').update(JSON.stringify(body)).digest('base64url');
}

const KEY = 'threadlineReadCacheKey';
const UNCACHEABLE = 'threadlineReadCacheOff';

/** Set by the middleware on a signed-out GraphQL request: the key its answer is kept under. */
export function setRequestCacheKey(res: Response, key: string): void {
  res.locals[KEY] = key;
}

export function requestCacheKey(res: Response | undefined): string | undefined {
  const key: unknown = res?.locals?.[KEY];
  return typeof key === 'string' && !res?.locals?.[UNCACHEABLE] ? key : undefined;
}

/** For resolvers whose answer depends on the time of day (support hours open now, SLA previews): never kept. */
export function markUncacheable(res: Response | undefined): void {
  if (res?.locals) res.locals[UNCACHEABLE] = true;
}
