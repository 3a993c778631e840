import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { INFRASTRUCTURE } from '../infrastructure.token';
import type { Infrastructure } from '../embedded/infrastructure';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [INFRASTRUCTURE],
      useFactory: (infra: Infrastructure) => ({
        ...dataSourceOptions(infra.databaseUrl),
        autoLoadEntities: true,
        migrationsRun: true,
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
