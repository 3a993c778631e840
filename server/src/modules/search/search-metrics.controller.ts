import { Controller, Get, Header, Inject, NotFoundException, Req } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { SearchSyncService } from './search-sync.service';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Prometheus metrics of the search sync (the index lag among them). With METRICS_TOKEN set, scrapers send it as a
 * bearer token; without, only direct loopback connections (no proxy header) are answered, and in production none.
 * Others get a 404.
 */
@Controller()
export class SearchMetricsController {
  constructor(
    private readonly sync: SearchSyncService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async metrics(@Req() req: Request): Promise<string> {
    if (!this.allowed(req)) throw new NotFoundException();
    const s = await this.sync.status();
    return [
      '# HELP threadline_search_available Whether Meilisearch answered the search worker last time (1) or not (0).',
      '# TYPE threadline_search_available gauge',
      `threadline_search_available ${s.available ? 1 : 0}`,
      '# HELP threadline_search_outbox_pending Changes written but not yet in the search index.',
      '# TYPE threadline_search_outbox_pending gauge',
      `threadline_search_outbox_pending ${s.pendingEvents}`,
      '# HELP threadline_search_index_lag_seconds Age of the oldest change not yet in the search index (0 when none).',
      '# TYPE threadline_search_index_lag_seconds gauge',
      `threadline_search_index_lag_seconds ${s.lagSeconds}`,
      '# HELP threadline_search_applied_lag_p95_seconds p95 of write-to-searchable time over the latest changes this process applied.',
      '# TYPE threadline_search_applied_lag_p95_seconds gauge',
      `threadline_search_applied_lag_p95_seconds ${s.appliedLagP95Ms === null ? 'NaN' : s.appliedLagP95Ms / 1000}`,
      '',
    ].join('\n');
  }

  private allowed(req: Request): boolean {
    const token = this.config.metricsToken;
    if (token) {
      const given = Buffer.from((req.headers.authorization ?? '').replace(/^Bearer /, ''));
      const want = Buffer.from(token);
      return given.length === want.length && timingSafeEqual(given, want);
    }
    // In production a reverse proxy on the same host would make every visitor look local: a token is required there.
    if (this.config.nodeEnv === 'production') return false;
    return LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'] && !req.headers.forwarded;
  }
}
