import { Global, Module } from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Infrastructure } from '../embedded/infrastructure';
import { INFRASTRUCTURE } from '../infrastructure.token';
import { dataSourceOptions } from './data-source-options';
import { BenchMetricsController } from './bench-metrics.controller';
import { runMigrationsOneAtATime } from './migration-lock.repository';
import { QueryCounter } from './query-counter';

/**
 * One counter per app instance (tests run several apps in one process). BENCH_METRICS=1 (set by `npm run bench`
 * only, off by default) adds a route that reads it; read here rather than in the config, as it is no product setting.
 */
@Module({
  providers: [{ provide: QueryCounter, useFactory: () => new QueryCounter() }],
  controllers: process.env.BENCH_METRICS === '1' ? [BenchMetricsController] : [],
  exports: [QueryCounter],
})
class QueryCounterModule {}

@Global()
@Module({
  imports: [
    QueryCounterModule,
    TypeOrmModule.forRootAsync({
      imports: [QueryCounterModule],
      inject: [INFRASTRUCTURE, APP_CONFIG, QueryCounter],
      useFactory: (infra: Infrastructure, config: AppConfig, counter: QueryCounter): TypeOrmModuleOptions => ({
        ...dataSourceOptions(infra.databaseUrl),
        autoLoadEntities: true,
        // Run by dataSourceFactory below, under a lock.
        migrationsRun: false,
        retryAttempts: 3,
        retryDelay: 1000,
        logger: counter,
        // Counting every statement is for tests; elsewhere only failures, slow queries and migrations.
        logging: config.nodeEnv === 'test' ? ['query', 'error', 'warn', 'migration'] : ['error', 'warn', 'migration'],
        maxQueryExecutionTime: 1000,
      }),
      // Pending migrations run at start, one process at a time (instances may start together).
      dataSourceFactory: async (options) => {
        const db = await new DataSource(options!).initialize();
        try {
          await runMigrationsOneAtATime(db);
        } catch (err) {
          await db.destroy().catch(() => undefined);
          throw err;
        }
        return db;
      },
    }),
  ],
  exports: [QueryCounterModule],
})
export class DatabaseModule {}
