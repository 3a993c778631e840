import { NestFactory } from '@nestjs/core';
import { formatBytes } from '@threadline/shared';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './platform/config/app-config';
import type { Infrastructure } from './platform/embedded/infrastructure';
import { DomainErrorFilter } from './platform/errors/domain-error.filter';
import { RejectNulPipe } from './platform/errors/reject-nul.pipe';
import { createValidationPipe } from './platform/errors/validation';
import { REQUEST_BODY_LIMIT_BYTES, REQUEST_ENVELOPE_BYTES } from './platform/http/body-limit';
import { answerBodyErrorsAsGraphQL, refuseDeclaredOversizeBody } from './platform/http/request-body';
import { refuseSourceMaps } from './platform/http/web-assets';
import { readCacheMiddleware } from './platform/read-cache/read-cache.middleware';
import { ReadCacheService } from './platform/read-cache/read-cache.service';
import { SESSION_COOKIE } from './modules/accounts/domain/session-token';

/** Builds the Nest app with every HTTP concern configured; `main` and the tests both use it. */
export async function createApp(config: AppConfig, infra: Infrastructure): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, infra), {
    bufferLogs: true,
    abortOnError: false,
    // Registered below with a limit sized from the largest valid post (Nest's default is 100 KB).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // Only the configured proxy hops: the client address is the first one they did not add (never `true`).
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Brotli (or gzip) for every compressible response: the SPA's JS and CSS and GraphQL's JSON alike.
  app.use(compression());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // No inline script anywhere: user content is sanitized HTML, and the SPA ships as files.
          'script-src': ["'self'"],
          // Post images: from the IMAGE_HOSTS allow-list when set (older posts' images included), else any https host.
          'img-src': ["'self'", 'data:', ...(config.imageHosts.length ? config.imageHosts.map((host) => `https://${host}`) : ['https:'])],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': config.nodeEnv === 'production' ? [] : null,
        },
      },
      hsts: config.nodeEnv === 'production',
      // Image hosts and linked sites never learn which page (which thread, which profile) a reader was on.
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(cookieParser());
  app.use(
    refuseDeclaredOversizeBody(REQUEST_BODY_LIMIT_BYTES, {
      // Ticket attachments: the largest file plus room for the multipart envelope (boundaries, part headers).
      limit: config.uploadMaxBytes + REQUEST_ENVELOPE_BYTES,
      message: `The file is too large: attachments can be up to ${formatBytes(config.uploadMaxBytes)}`,
    }),
  );
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT_BYTES });
  app.use(answerBodyErrorsAsGraphQL(REQUEST_BODY_LIMIT_BYTES));
  // Signed out: a request without a session cookie (one with a stale cookie gets a fresh answer, as signed in would).
  app.use(
    '/graphql',
    readCacheMiddleware(app.get(ReadCacheService), (req) => !req.cookies?.[SESSION_COOKIE]),
  );
  if (config.nodeEnv === 'production') app.use(refuseSourceMaps);
  app.useGlobalPipes(new RejectNulPipe(), createValidationPipe());
  app.useGlobalFilters(new DomainErrorFilter());
  return app;
}
