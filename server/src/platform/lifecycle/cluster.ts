import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from '../config/app-config';
import { startInfrastructure, type Infrastructure } from '../embedded/infrastructure';

type Log = (level: 'info' | 'warn' | 'error', msg: string) => void;

/** How long the workers get to drain their requests and exit once asked (each drains for 10 s at most itself). */
const STOP_WORKERS_MS = 20_000;

/**
 * WEB_CONCURRENCY > 1: this process starts the embedded services (or uses DATABASE_URL / MEILI_URL), then runs that
 * many copies of the app as node:cluster workers sharing the port, each a full instance (as docs/scaling.md describes
 * for several machines: the read cache checks the content version, rate limits are shared, view marks are in
 * PostgreSQL).
 * - The first worker starts alone: it runs the migrations and seeds the demo, then owns the background work (the
 *   search worker, the mail drainer, the scheduled jobs). The others start once it listens, with JOBS=0 and
 *   SEARCH_SYNC=0 and no demo, so they only serve.
 * - A worker that dies is not replaced: the whole server drains and exits non-zero, for the supervisor to restart,
 *   as a single process does when an embedded service dies.
 */
export function runClusterPrimary(config: AppConfig, log: Log): void {
  let infra: Infrastructure | undefined;
  let stopping = false;
  const workers = new Set<Worker>();

  const shutdown = (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log(exitCode === 0 ? 'info' : 'error', reason);
    void (async () => {
      const exits = [...workers].map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM');
      const timedOut = await Promise.race([
        Promise.all(exits).then(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(true), STOP_WORKERS_MS).unref()),
      ]);
      if (timedOut) {
        log('error', `Workers still running after ${STOP_WORKERS_MS / 1000} s: killing them`);
        for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
      }
      await infra?.stop();
    })().finally(() => process.exit(exitCode));
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutdown(`${signal}: stopping the workers`, 0));
  process.on('uncaughtException', (err) => shutdown(`Uncaught error: ${err.stack ?? err.message}`, 1));
  process.on('unhandledRejection', (err) => shutdown(`Unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, 1));

  const start = (env: Record<string, string>): Promise<number> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(env);
      workers.add(worker);
      // The port they share (the one the OS picked, with PORT=0).
      worker.once('listening', (address) => resolve(address.port));
      worker.once('exit', (code, signal) => {
        workers.delete(worker);
        reject(new Error(`worker ${worker.process.pid} exited before it listened (code ${code}, signal ${signal})`));
        if (!stopping) shutdown(`Worker ${worker.process.pid} exited (code ${code}, signal ${signal}); stopping the server`, 1);
      });
    });

  let port = config.port;
  void (async () => {
    try {
      infra = await startInfrastructure(
        config,
        { info: (m) => log('info', m), error: (m) => log('error', m) },
        { onServiceExit: () => shutdown('An embedded service stopped: stopping the workers, then exiting', 1) },
      );
      if (stopping) return;
      // The services' addresses: workers connect to them and never start (or lock) their own.
      const services: Record<string, string> = { DATABASE_URL: infra.databaseUrl, MEILI_URL: infra.meiliUrl, THREADLINE_CLUSTER_WORKER: '1' };
      // An external Meilisearch may run without a key: never pass the string "undefined".
      if (infra.meiliMasterKey) services.MEILI_MASTER_KEY = infra.meiliMasterKey;
      port = await start(services);
      const others = Array.from({ length: config.webConcurrency - 1 }, () => start({ ...services, JOBS: '0', SEARCH_SYNC: '0', DEMO: '0' }));
      await Promise.all(others);
    } catch (err) {
      shutdown(`Start failed: ${err instanceof Error ? err.message : String(err)}`, 1);
      return;
    }
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    log('info', `Threadline is running at http://${host}:${port}/ (${config.webConcurrency} workers)`);
    process.stdout.write(`\n  Threadline is ready: http://${host}:${port}/ (${config.webConcurrency} workers)\n\n`);
  })();
}
