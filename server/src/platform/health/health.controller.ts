import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Infrastructure } from '../embedded/infrastructure';
import { INFRASTRUCTURE } from '../infrastructure.token';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  live() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Meilisearch both reachable. */
  @Get('readyz')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: 2000 }), () => this.meili()]);
  }

  private async meili() {
    const check = this.indicator.check('meilisearch');
    try {
      // /health is public in Meilisearch; a plain fetch keeps the search client inside modules/search.
      const res = await fetch(`${this.infra.meiliUrl}/health`, { signal: AbortSignal.timeout(2000) });
      return res.ok ? check.up() : check.down({ httpStatus: res.status });
    } catch (err) {
      return check.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }
}
