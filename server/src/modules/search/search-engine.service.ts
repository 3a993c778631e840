import { Inject, Injectable, Logger } from '@nestjs/common';
import { Meilisearch, type Index, type Settings, type Task } from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import type { Infrastructure } from '../../platform/embedded/infrastructure';
import { INFRASTRUCTURE } from '../../platform/infrastructure.token';
import type { ThreadSearchDocument } from './domain/search-document';
import { meiliHttpClient } from './meili-http-client';
import { SearchUnavailableError } from './search.errors';

/** A person waits at most this long for Meilisearch before the answer is SEARCH_UNAVAILABLE. */
const SEARCH_TIMEOUT_MS = 2000;
/** Writes (worker, reindex) wait longer: a first big batch takes seconds (STACK-NOTES pitfall 5). */
const WRITE_TIMEOUT_MS = 60_000;
const TASK_WAIT = { timeout: WRITE_TIMEOUT_MS, interval: 20 };

/**
 * The one place that talks to Meilisearch: the threads index's name, its settings, document writes that wait for
 * their task, searches with a short timeout, and the atomic swap of reindex. Every failure of Meilisearch becomes a
 * thrown error here; callers decide (the worker retries, a search answers SEARCH_UNAVAILABLE).
 */
@Injectable()
export class SearchEngine {
  private readonly logger = new Logger(SearchEngine.name);
  private readonly reader: Meilisearch;
  private readonly writer: Meilisearch;
  readonly threadsUid: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(INFRASTRUCTURE) infra: Infrastructure) {
    const base = { host: infra.meiliUrl, apiKey: infra.meiliMasterKey };
    this.reader = new Meilisearch({ ...base, httpClient: meiliHttpClient(SEARCH_TIMEOUT_MS) });
    this.writer = new Meilisearch({ ...base, httpClient: meiliHttpClient(WRITE_TIMEOUT_MS) });
    this.threadsUid = `${config.meiliIndexPrefix}threads`;
  }

  /** The live threads index, for searching (short timeout). */
  threads(): Index<ThreadSearchDocument> {
    return this.reader.index<ThreadSearchDocument>(this.threadsUid);
  }

  /** One multi-search on the reading client; Meilisearch failures become SEARCH_UNAVAILABLE. */
  async multiSearch(queries: Array<Record<string, unknown> & { q: string }>): Promise<Array<{ hits: Array<Record<string, unknown>> }>> {
    try {
      const res = await this.reader.multiSearch({ queries: queries.map((q) => ({ indexUid: this.threadsUid, ...q })) });
      return res.results as Array<{ hits: Array<Record<string, unknown>> }>;
    } catch (err) {
      throw this.unavailable(err);
    }
  }

  /**
   * The same, as two multi-search requests at once (in order): Meilisearch answers each on its own thread, so a
   * long list (the similar-threads words) comes back in about half the time on two cores.
   */
  async multiSearchInParallel(queries: Array<Record<string, unknown> & { q: string }>): Promise<Array<{ hits: Array<Record<string, unknown>> }>> {
    if (queries.length < 4) return this.multiSearch(queries);
    const half = Math.ceil(queries.length / 2);
    const [a, b] = await Promise.all([this.multiSearch(queries.slice(0, half)), this.multiSearch(queries.slice(half))]);
    return [...a, ...b];
  }

  /** A search Meilisearch did not answer: logged at most once a minute (an outage would flood the log), then SEARCH_UNAVAILABLE. */
  unavailable(err: unknown): SearchUnavailableError {
    const now = Date.now();
    if (now - this.lastUnavailableLog > 60_000) {
      this.lastUnavailableLog = now;
      this.logger.warn(`Meilisearch did not answer a search: ${err instanceof Error ? err.message : String(err)}`);
    }
    return new SearchUnavailableError();
  }
  private lastUnavailableLog = 0;

  async indexExists(uid: string): Promise<boolean> {
    return this.writer.getIndex(uid).then(
      () => true,
      (err: { cause?: { code?: string } }) => {
        if (err?.cause?.code === 'index_not_found') return false;
        throw err;
      },
    );
  }

  /**
   * Creates the index when missing and applies the settings (idempotent: Meilisearch changes nothing for the same
   * settings). Answers whether the index had to be created, so the caller can fill it.
   */
  async ensureIndex(uid: string, settings: Settings): Promise<{ created: boolean }> {
    let created = false;
    const existing = await this.writer.getIndex(uid).catch((err: { cause?: { code?: string } }) => {
      if (err?.cause?.code === 'index_not_found') return null;
      throw err;
    });
    if (!existing) {
      await this.expectSucceeded(await this.writer.createIndex(uid, { primaryKey: 'id' }).waitTask(TASK_WAIT), `create ${uid}`, ['index_already_exists']);
      created = true;
    }
    await this.expectSucceeded(await this.writer.index(uid).updateSettings(settings).waitTask(TASK_WAIT), `settings of ${uid}`);
    return { created };
  }

  /** Upserts and deletes documents, and waits until Meilisearch has applied both. */
  async write(uid: string, upserts: ThreadSearchDocument[], deleteIds: string[]): Promise<void> {
    const index = this.writer.index<ThreadSearchDocument>(uid);
    if (upserts.length) await this.expectSucceeded(await index.addDocuments(upserts, { primaryKey: 'id' }).waitTask(TASK_WAIT), `documents of ${uid}`);
    if (deleteIds.length) await this.expectSucceeded(await index.deleteDocuments(deleteIds).waitTask(TASK_WAIT), `deletions in ${uid}`);
  }

  /** The live index's settings as Meilisearch holds them. */
  settings(uid = this.threadsUid): Promise<Settings> {
    return this.reader.index(uid).getSettings();
  }

  async documentCount(uid = this.threadsUid): Promise<number> {
    return (await this.writer.index(uid).getStats()).numberOfDocuments;
  }

  /** Every document id and its fields, page by page (the catch-up test compares them with PostgreSQL). */
  async documents(uid = this.threadsUid, offset = 0, limit = 1000): Promise<ThreadSearchDocument[]> {
    return (await this.writer.index<ThreadSearchDocument>(uid).getDocuments({ offset, limit })).results;
  }

  async deleteIndexIfExists(uid: string): Promise<void> {
    const task = await this.writer
      .deleteIndex(uid)
      .waitTask(TASK_WAIT)
      .catch(() => null);
    if (task && task.status === 'failed' && task.error?.code !== 'index_not_found') throw new Error(`Meilisearch: delete ${uid}: ${task.error?.message}`);
  }

  /** Swaps two indexes' contents in one Meilisearch task: searches see the old or the new index, never a mix. */
  async swap(a: string, b: string): Promise<void> {
    await this.expectSucceeded(await this.writer.swapIndexes([{ indexes: [a, b], rename: false }]).waitTask(TASK_WAIT), `swap ${a} and ${b}`);
  }

  async healthy(): Promise<boolean> {
    return this.reader.isHealthy();
  }

  private async expectSucceeded(task: Task, what: string, tolerated: string[] = []): Promise<void> {
    if (task.status === 'succeeded') return;
    if (task.status === 'failed' && task.error && tolerated.includes(task.error.code)) return;
    throw new Error(`Meilisearch task for ${what} ${task.status}: ${task.error?.message ?? 'no error given'}`);
  }
}
