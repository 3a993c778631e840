import type { AppConfig } from '../config/app-config';
import { secureDataDir } from './data-dir';
import { startEmbeddedMeili } from './embedded-meilisearch';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Connection details once the embedded defaults (if any) are running. */
export interface Infrastructure {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  embedded: { postgres: boolean; meilisearch: boolean };
  stop(): Promise<void>;
}

export interface InfrastructureLogger {
  info(message: string): void;
  error(message: string): void;
}

/**
 * Uses DATABASE_URL / MEILI_URL when set; otherwise starts a real PostgreSQL and Meilisearch on loopback.
 * A child that dies while we run is fatal: we log and exit non-zero instead of serving half-alive.
 */
export async function startInfrastructure(config: AppConfig, logger: InfrastructureLogger): Promise<Infrastructure> {
  const stops: Array<() => Promise<void>> = [];
  const fatal = (what: string) => (code: number | null) => {
    logger.error(`${what} exited unexpectedly (code ${code}); shutting down`);
    process.exit(1);
  };
  try {
    if (!config.databaseUrl || !config.meiliUrl) secureDataDir(config.dataDir);
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'threadline' });
      pg.onUnexpectedExit(fatal('Embedded PostgreSQL'));
      stops.push(() => pg.stop());
      databaseUrl = pg.url;
      logger.info(`Embedded PostgreSQL on 127.0.0.1:${pg.port} (data in ${config.dataDir}/postgres)`);
    }
    let meiliUrl = config.meiliUrl;
    let meiliMasterKey = config.meiliMasterKey;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeili({ dataDir: config.dataDir, production: config.nodeEnv === 'production' });
      meili.onUnexpectedExit(fatal('Embedded Meilisearch'));
      stops.push(() => meili.stop());
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
      logger.info(`Embedded Meilisearch on ${meili.url} (data in ${config.dataDir}/meili)`);
    }
    return {
      databaseUrl,
      meiliUrl,
      meiliMasterKey: meiliMasterKey!,
      embedded: { postgres: !config.databaseUrl, meilisearch: !config.meiliUrl },
      async stop() {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      },
    };
  } catch (err) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw err;
  }
}
