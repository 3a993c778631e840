import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { repoRoot } from '../../platform/config/repo-root';
import { BadUserInputError, RateLimitedError } from '../../platform/errors/domain-error';
import type { Rendered } from './domain/render';
import type { TextDiff } from './domain/text-diff';

/** Longest a render or diff may take, queue included, before the request gets a clear error. */
const TASK_TIMEOUT_MS = 10_000;

/**
 * CPU-heavy content work (Markdown rendering, sanitizing, revision diffs) in a pool of worker threads, so the
 * event loop keeps serving other requests however hostile the text. A full queue answers RATE_LIMITED.
 */
@Injectable()
export class ContentWorkers implements OnModuleDestroy {
  private readonly pool: Piscina;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const ts = extname(__filename) === '.ts';
    this.pool = new Piscina({
      filename: join(__dirname, `content.worker${extname(__filename)}`),
      minThreads: 1,
      maxThreads: config.contentWorkerThreads ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
      maxQueue: 200,
      idleTimeout: 60_000,
      // Under jest the sources are TypeScript: the worker needs the same on-the-fly transpiling.
      execArgv: ts ? ['--require', join(repoRoot(), 'test/support/ts-worker-hook.cjs')] : [],
    });
  }

  async render(source: string, knownHandles: string[]): Promise<Rendered & { mentions: string[] }> {
    return this.run('render', { source, knownHandles, options: { imageHosts: this.config.imageHosts } }, 'body');
  }

  async diff(before: string, after: string): Promise<TextDiff> {
    return this.run('diff', { before, after }, 'body');
  }

  private async run<T>(name: string, data: unknown, field: string): Promise<T> {
    try {
      return await this.pool.run(data, { name, signal: AbortSignal.timeout(TASK_TIMEOUT_MS) });
    } catch (err) {
      const e = err as Error;
      if (e?.name === 'AbortError' || e?.name === 'TimeoutError') {
        throw new BadUserInputError(field, 'This text is too complex to process; simplify it (fewer tables, links or nesting)');
      }
      if (/queue is at limit/i.test(e?.message ?? '')) throw new RateLimitedError('The server is busy.', 5);
      throw err;
    }
  }

  /** Tasks the pool has finished (lets tests assert that work ran off the event loop). */
  get completedTasks(): number {
    return this.pool.completed;
  }

  async onModuleDestroy() {
    await this.pool.destroy();
  }
}
