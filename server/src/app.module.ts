import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AnswersModule } from './modules/answers/answers.module';
import { DemoModule } from './modules/demo/demo.module';
import { ForumsModule } from './modules/forums/forums.module';
import { GroupsModule } from './modules/groups/groups.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PasswordResetModule } from './modules/password-reset/password-reset.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { PostsModule } from './modules/posts/posts.module';
import { SearchModule } from './modules/search/search.module';
import { TicketsModule } from './modules/tickets/tickets.module';
import { ThreadsModule } from './modules/threads/threads.module';
import { ReadingModule } from './modules/reading/reading.module';
import { CLOCK, systemClock } from './platform/clock/clock';
import { APP_CONFIG, type AppConfig } from './platform/config/app-config';
import { DatabaseModule } from './platform/database/database.module';
import type { Infrastructure } from './platform/embedded/infrastructure';
import { graphqlModule } from './platform/graphql/graphql-setup';
import { JobsModule } from './platform/jobs/job-scheduler';
import { HealthModule } from './platform/health/health.module';
import { INFRASTRUCTURE } from './platform/infrastructure.token';
import { HASHED_ASSETS_DIR, webCacheControl } from './platform/http/web-assets';
import { loggingModule } from './platform/logging/logging.module';
import { ReadCacheModule } from './platform/read-cache/read-cache.module';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { RATE_LIMIT_STORAGE } from './platform/rate-limit/shared-rate-limiter';

@Global()
@Module({})
class RuntimeModule {
  static register(config: AppConfig, infra: Infrastructure): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: INFRASTRUCTURE, useValue: infra },
        { provide: CLOCK, useValue: infra.clock ?? systemClock },
      ],
      exports: [APP_CONFIG, INFRASTRUCTURE, CLOCK],
    };
  }
}

@Module({})
export class AppModule {
  /** The whole app for a validated config and running infrastructure (used by main, CLI and tests alike). */
  static forRoot(config: AppConfig, infra: Infrastructure): DynamicModule {
    const serveWeb = existsSync(join(config.webDist, 'index.html'));
    return {
      module: AppModule,
      imports: [
        RuntimeModule.register(config, infra),
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ app: config })] }),
        loggingModule(),
        DatabaseModule,
        ReadCacheModule,
        JobsModule,
        graphqlModule(),
        RateLimitModule,
        // The loose per-client-address layer, counted in the shared storage so it holds across instances;
        // per-account sign-in limits are in accounts.
        ThrottlerModule.forRootAsync({
          inject: [RATE_LIMIT_STORAGE],
          useFactory: (storage: ThrottlerStorage) => ({
            throttlers: [{ name: 'auth', ttl: 60_000, limit: config.authRateLimitPerMinute }],
            storage,
          }),
        }),
        HealthModule,
        ...(serveWeb
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDist,
                // A missing hashed asset (a stale tab after a deploy) is a 404, not index.html parsed as script.
                exclude: ['/graphql{*path}', '/api/{*path}', '/healthz', '/readyz', '/metrics', `/${HASHED_ASSETS_DIR}/{*path}`],
                serveStaticOptions: {
                  // Also called for the SPA fallback (index.html at any client route).
                  setHeaders: (res, file) => res.setHeader('Cache-Control', webCacheControl(config.webDist, file)),
                },
              }),
            ]
          : []),
        AccountsModule,
        ForumsModule,
        ThreadsModule,
        MailModule,
        ReadingModule,
        NotificationsModule,
        PasswordResetModule,
        GroupsModule,
        PostsModule,
        AnswersModule,
        ModerationModule,
        SearchModule,
        TicketsModule,
        DemoModule,
        ImportsModule,
      ],
    };
  }
}
