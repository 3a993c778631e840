import { Logger as NestLogger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Only under test: an AsyncLocalStorage turns on Node's promise hooks for the whole process, which cost the thread
 * page a sixth of its throughput (issue 12). Elsewhere (production, the bench) background statements are counted too.
 */
const background = process.env.NODE_ENV === 'test' ? new AsyncLocalStorage<true>() : null;

/**
 * Runs work that belongs to no request (the search worker's polls and batches). Under test its statements are not
 * counted, so a request's count stays its own while the worker runs beside it.
 */
export function runAsBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return background ? background.run(true, work) : work();
}

/**
 * TypeORM logger that counts statements (used by tests to bound the SQL cost of a page) and
 * sends slow or failed queries to the app log.
 */
export class QueryCounter implements TypeOrmLogger {
  private readonly out = new NestLogger('SQL');
  count = 0;

  reset(): void {
    this.count = 0;
  }

  logQuery(): void {
    if (background?.getStore()) return;
    this.count++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.warn(`Query failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.out.warn(`Slow query (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.out.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
  }
}
