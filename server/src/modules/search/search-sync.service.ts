import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { runAsBackgroundWork } from '../../platform/database/query-counter';
import {
  claimOutboxBatch,
  countOutboxAttempt,
  deleteOutboxRows,
  outboxBacklog,
  tryOutboxDrainLock,
  writeOutbox,
  type OutboxRow,
} from '../../platform/outbox/outbox.repository';
import { mergeAdminSettings } from './domain/index-settings';
import { buildThreadDocument } from './domain/search-document';
import { SearchDocumentsRepository } from './search-documents.repository';
import { SearchEngine } from './search-engine.service';
import { SearchSettingsRepository } from './search-settings.repository';
import { ReadCacheService } from '../../platform/read-cache/read-cache.service';

/** Outbox rows per batch, and threads per Meilisearch write (a forum event expands to all its threads). */
const BATCH_ROWS = 200;
/** Documents per Meilisearch write (and per read of their text: at most ~20 KB each, so a page stays small). */
const DOCUMENTS_PER_WRITE = 100;
/** How often the worker checks that the index still exists (Meilisearch's data lost under a running app). */
const INDEX_CHECK_MS = 30_000;
const BACKOFF_MIN_MS = 250;
const BACKOFF_MAX_MS = 10_000;
/** Applied-lag samples kept for the p95 (the latest ones). */
const LAG_SAMPLES = 1000;

export interface SearchSyncStatus {
  /** Meilisearch answered the worker's last call. */
  available: boolean;
  pendingEvents: number;
  /** Age of the oldest pending event: how stale search may be right now. */
  lagSeconds: number;
  /** p95 of (applied - written) over the latest events this process applied; null before any. */
  appliedLagP95Ms: number | null;
  lastAppliedAt: Date | null;
  lastError: string | null;
}

/**
 * The search worker: drains the outbox into Meilisearch in batches. Each batch runs in one transaction holding the
 * drain lock (one drainer at a time, across processes, so one thread's changes apply in order), rebuilds each named
 * thread's document from PostgreSQL, upserts it or deletes it (hidden or gone), waits for Meilisearch's task, then
 * deletes the rows. When Meilisearch is away the batch rolls back and the worker retries with backoff: nothing is
 * lost, and it catches up when Meilisearch returns.
 */
@Injectable()
export class SearchSyncService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncService.name);
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private inFlight: Promise<unknown> | null = null;
  private backoffMs = 0;
  private indexReady = false;
  private indexCheckedAt = 0;
  private settingsStale = false;
  /** updated_at of the admins' settings this process last applied to the index. */
  private appliedSettingsAt: number | null = null;
  private readonly lagSamples: number[] = [];
  private available = false;
  private lastAppliedAt: Date | null = null;
  private lastError: string | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly engine: SearchEngine,
    private readonly documents: SearchDocumentsRepository,
    private readonly settings: SearchSettingsRepository,
    private readonly readCache: ReadCacheService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.searchSync) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight?.catch(() => undefined);
  }

  /** The admins changed synonyms or stop words: apply them now, or on the worker's next success if Meilisearch is away. */
  async applySettings(): Promise<boolean> {
    this.settingsStale = true;
    try {
      await this.prepareIndex();
      // Searches answered before Meilisearch had the new settings are not kept past this.
      await this.readCache.contentChangedOutside();
      return true;
    } catch (err) {
      this.noteFailure(err);
      return false;
    }
  }

  /**
   * Makes sure the index exists with current settings. A newly created index (first start, or Meilisearch's data
   * lost) is filled through the outbox: one forum event per forum rebuilds every document.
   */
  private async prepareIndex(): Promise<void> {
    if (this.indexReady && !this.settingsStale) {
      if (Date.now() - this.indexCheckedAt < INDEX_CHECK_MS) return;
      this.indexCheckedAt = Date.now();
      // Still there, and the admins' settings unchanged since this process applied them? They may have been saved
      // through another instance while Meilisearch was away, and that instance may run no worker to retry.
      const [exists, stored] = await Promise.all([this.engine.indexExists(this.engine.threadsUid), this.settings.get()]);
      if (exists && stored.updatedAt.getTime() === this.appliedSettingsAt) return;
      this.indexReady = false;
    }
    this.indexCheckedAt = Date.now();
    const stored = await this.settings.get();
    const { created } = await this.engine.ensureIndex(this.engine.threadsUid, mergeAdminSettings(stored));
    this.appliedSettingsAt = stored.updatedAt.getTime();
    if (created) {
      await this.db.transaction(async (m) => {
        const forumIds = await this.documents.allForumIds(m);
        await writeOutbox(
          m,
          forumIds.map((forumId) => ({ topic: 'forum', forumId })),
        );
      });
      this.logger.log(`Created the search index ${this.engine.threadsUid}; the worker fills it from PostgreSQL`);
    }
    this.indexReady = true;
    this.settingsStale = false;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const run = runAsBackgroundWork(() => this.tick());
      this.inFlight = run;
      void run.finally(() => {
        if (this.inFlight === run) this.inFlight = null;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let next = this.config.searchSyncIntervalMs;
    try {
      const drained = await this.drainBatch();
      this.available = true;
      this.backoffMs = 0;
      if (drained >= BATCH_ROWS) next = 0;
    } catch (err) {
      this.noteFailure(err);
      this.backoffMs = Math.min(BACKOFF_MAX_MS, Math.max(BACKOFF_MIN_MS, this.backoffMs * 2));
      next = this.backoffMs;
    }
    this.schedule(next);
  }

  private noteFailure(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (this.available || this.lastError !== message) this.logger.warn(`Search sync waits for Meilisearch: ${message}`);
    this.available = false;
    this.indexReady = false;
    this.lastError = message;
  }

  /** Drains one batch; answers how many outbox rows it applied (0 when none, or another drainer holds the lock). */
  async drainBatch(): Promise<number> {
    await this.prepareIndex();
    let claimed: OutboxRow[] = [];
    try {
      await this.db.transaction(async (m) => {
        if (!(await tryOutboxDrainLock(m))) return;
        claimed = await claimOutboxBatch(m, BATCH_ROWS);
        if (!claimed.length) return;
        await this.apply(m, claimed);
        await deleteOutboxRows(
          m,
          claimed.map((r) => r.id),
        );
      });
    } catch (err) {
      if (claimed.length)
        await countOutboxAttempt(
          this.db.manager,
          claimed.map((r) => r.id),
        ).catch(() => undefined);
      throw err;
    }
    if (claimed.length) this.recordApplied(claimed);
    return claimed.length;
  }

  private recordApplied(rows: OutboxRow[]): void {
    const now = Date.now();
    for (const row of rows) this.lagSamples.push(now - new Date(row.createdAt).getTime());
    if (this.lagSamples.length > LAG_SAMPLES) this.lagSamples.splice(0, this.lagSamples.length - LAG_SAMPLES);
    this.lastAppliedAt = new Date(now);
  }

  /**
   * Rebuilds the documents the rows name. A forum event becomes one thread event per thread of the forum, queued
   * behind what is pending (so a big forum is rebuilt in ordinary batches, interleaved with other changes, never in one
   * long transaction); user events name no document field (documents show no author) and are dropped.
   */
  private async apply(m: EntityManager, rows: OutboxRow[]): Promise<void> {
    const threadIds = new Set<string>();
    const forumIds = new Set<string>();
    for (const row of rows) {
      if (row.topic === 'thread') threadIds.add(row.entityId);
      else if (row.topic === 'forum') forumIds.add(row.entityId);
    }
    for (const forumId of forumIds) await this.documents.queueForumThreads(m, forumId);
    const ids = [...threadIds];
    for (let i = 0; i < ids.length; i += DOCUMENTS_PER_WRITE) {
      if (this.stopped) throw new Error('Shutting down: the batch rolls back and applies at the next start');
      await this.rebuild(m, ids.slice(i, i + DOCUMENTS_PER_WRITE));
    }
  }

  /** Upserts the documents of the visible threads among `ids` and deletes the others' (hidden, gone). */
  async rebuild(m: EntityManager, ids: string[], uid = this.engine.threadsUid): Promise<void> {
    const facts = await this.documents.facts(m, ids);
    const docs = facts.map(buildThreadDocument);
    const kept = new Set(docs.map((d) => d.id));
    await this.engine.write(
      uid,
      docs,
      ids.filter((id) => !kept.has(id)),
    );
  }

  async status(): Promise<SearchSyncStatus> {
    const backlog = await outboxBacklog(this.db.manager);
    const sorted = [...this.lagSamples].sort((a, b) => a - b);
    return {
      available: this.config.searchSync ? this.available : await this.engine.healthy().catch(() => false),
      pendingEvents: backlog.pending,
      lagSeconds: backlog.oldestSeconds,
      appliedLagP95Ms: sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] : null,
      lastAppliedAt: this.lastAppliedAt,
      lastError: this.available ? null : this.lastError,
    };
  }
}
