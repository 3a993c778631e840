import type { Clock } from '../clock/clock';
import type { AppConfig } from '../config/app-config';
import { secureDataDir } from './data-dir';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import { startEmbeddedMeili } from './embedded-meilisearch';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Connection details once the embedded defaults (if any) are running. */
export interface Infrastructure {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  embedded: { postgres: boolean; meilisearch: boolean };
  /** The app's clock (platform/clock): the system clock unless a test hands in one it can set. */
  clock?: Clock;
  stop(): Promise<void>;
}

export interface InfrastructureLogger {
  info(message: string): void;
  error(message: string): void;
}

export interface InfrastructureOptions {
  /**
   * An embedded service died while we did not ask it to stop (already logged). The default exits non-zero at
   * once, which suits one-off commands; the server drains its requests first (main.ts).
   */
  onServiceExit?: (service: string, code: number | null) => void;
}

/**
 * Uses DATABASE_URL / MEILI_URL when set; otherwise starts a real PostgreSQL and Meilisearch on loopback, after
 * claiming the data folder (one Threadline per folder, see data-dir-lock.ts).
 */
export async function startInfrastructure(config: AppConfig, logger: InfrastructureLogger, options: InfrastructureOptions = {}): Promise<Infrastructure> {
  const stops: Array<() => Promise<void>> = [];
  let lock: DataDirLock | undefined;
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    lock?.release();
  };
  // The survivor is stopped before exiting, so that it never outlives us on a data folder we no longer claim.
  const onServiceExit = options.onServiceExit ?? (() => void stopAll().finally(() => process.exit(1)));
  const died = (service: string) => (code: number | null) => {
    logger.error(`${service} exited unexpectedly (code ${code}); shutting down`);
    onServiceExit(service, code);
  };
  try {
    if (!config.databaseUrl || !config.meiliUrl) {
      secureDataDir(config.dataDir);
      lock = await lockDataDir(config.dataDir, logger.info);
    }
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        database: 'threadline',
        notice: logger.info,
        onSpawn: (pid) => lock!.recordService('Embedded PostgreSQL', pid, 'INT'),
      });
      pg.onUnexpectedExit(died('Embedded PostgreSQL'));
      stops.push(async () => {
        await pg.stop();
        lock!.forgetService('Embedded PostgreSQL');
      });
      databaseUrl = pg.url;
      logger.info(`Embedded PostgreSQL on 127.0.0.1:${pg.port} (data in ${config.dataDir}/postgres)`);
    }
    let meiliUrl = config.meiliUrl;
    let meiliMasterKey = config.meiliMasterKey;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeili({
        dataDir: config.dataDir,
        production: config.nodeEnv === 'production',
        onSpawn: (pid) => lock!.recordService('Embedded Meilisearch', pid, 'TERM'),
      });
      meili.onUnexpectedExit(died('Embedded Meilisearch'));
      stops.push(async () => {
        await meili.stop();
        lock!.forgetService('Embedded Meilisearch');
      });
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
      logger.info(`Embedded Meilisearch on ${meili.url} (data in ${config.dataDir}/meili)`);
    }
    return {
      databaseUrl,
      meiliUrl,
      meiliMasterKey: meiliMasterKey!,
      embedded: { postgres: !config.databaseUrl, meilisearch: !config.meiliUrl },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
