import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { runAsBackgroundWork } from '../database/query-counter';
import type { Infrastructure } from '../embedded/infrastructure';
import { INFRASTRUCTURE } from '../infrastructure.token';

interface RecurringJob {
  name: string;
  cron: string;
  run: () => Promise<unknown>;
}

/** Connections pg-boss keeps beside the app's pool (its polls and cron monitor). */
const BOSS_POOL_SIZE = 2;
/** How often an idle worker asks for its job (pg-boss's minimum is 0.5 s). */
const POLL_SECONDS = 1;

/**
 * Recurring jobs on pg-boss (in PostgreSQL, schema `pgboss`): cron schedules that fire once across every instance,
 * singleton queues so one run at a time, retries on failure. Modules register theirs with `every()` while the app
 * builds; the scheduler starts after bootstrap when JOBS is on (the default), so a separate worker deployment can run
 * them instead (JOBS=0 on the web instances).
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly jobs: RecurringJob[] = [];
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  /** Registers a job that runs on `cron` (minute granularity, UTC). Call from a provider's constructor or onModuleInit. */
  every(name: string, cron: string, run: () => Promise<unknown>): void {
    this.jobs.push({ name, cron, run });
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs || !this.jobs.length) return;
    const boss = new PgBoss({ connectionString: this.infra.databaseUrl, max: BOSS_POOL_SIZE, application_name: 'threadline-jobs' });
    boss.on('error', (err: Error) => this.logger.error(`Job queue: ${err.message}`));
    await boss.start();
    for (const job of this.jobs) {
      await boss.createQueue(job.name, { name: job.name, policy: 'singleton', retryLimit: 3, retryDelay: 10, expireInSeconds: 300 });
      await boss.schedule(job.name, job.cron);
      await boss.work(job.name, { pollingIntervalSeconds: POLL_SECONDS }, async () => {
        await runAsBackgroundWork(job.run);
      });
    }
    this.boss = boss;
    this.logger.log(`Scheduled jobs: ${this.jobs.map((j) => `${j.name} (${j.cron})`).join(', ')}`);
  }

  /** Queues a run now (an admin tool, and how tests prove the worker is wired); false when jobs are off here. */
  async runSoon(name: string): Promise<boolean> {
    if (!this.boss) return false;
    await this.boss.send(name, {});
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}

/** The app's one job scheduler, for every module. */
@Global()
@Module({ providers: [JobScheduler], exports: [JobScheduler] })
export class JobsModule {}
