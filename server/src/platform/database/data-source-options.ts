import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../migrations';

/** Shared by the app, the CLI and the test global setup: migrations on, synchronize off everywhere. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    extra: { max: 20, application_name: 'threadline' },
    ...extra,
  } as DataSourceOptions;
}
