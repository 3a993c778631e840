import { Controller, Get, Header } from '@nestjs/common';
import { QueryCounter } from './query-counter';

/**
 * `npm run bench` only: the number of SQL statements requests have issued so far (QueryCounter, background work
 * excluded), so the bench can report SQL queries per request. Registered only when BENCH_METRICS=1 (see
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
}
