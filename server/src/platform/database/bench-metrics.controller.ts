import { Controller, Get, Header } from '@nestjs/common';
import { QueryCounter } from './query-counter';

/**
 * `npm run bench` only: the number of SQL statements issued so far (QueryCounter), so the bench can report SQL
 * queries per request, and where this process's memory is (the bench explains its RSS with it). Registered only when BENCH_METRICS=1 (see
 * database.module.ts); without it the route does not exist.
 */
@Controller()
export class BenchMetricsController {
  constructor(private readonly counter: QueryCounter) {}

  @Get('__bench/sql-queries')
  @Header('Cache-Control', 'no-store')
  sqlQueries() {
    return { count: this.counter.count };
  }

  /** process.memoryUsage() in MB: RSS, the V8 heap (this thread's; worker threads count in RSS only), external. */
  @Get('__bench/memory')
  @Header('Cache-Control', 'no-store')
  memory() {
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    const m = process.memoryUsage();
    return { rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
  }
}
