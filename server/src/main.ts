import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { createApp } from './bootstrap';
import { DemoSeeder } from './modules/demo/demo-seeder';
import { ConfigError, loadConfig, type AppConfig } from './platform/config/app-config';
import { DataDirInUseError } from './platform/embedded/data-dir-lock';
import { startInfrastructure, type Infrastructure } from './platform/embedded/infrastructure';
import { runClusterPrimary } from './platform/lifecycle/cluster';
import { installHttpDrain, type HttpDrain } from './platform/lifecycle/http-drain';

const log = (level: 'info' | 'warn' | 'error', msg: string) =>
  process.stdout.write(JSON.stringify({ level: { info: 30, warn: 40, error: 50 }[level], time: Date.now(), msg }) + '\n');

/** How long requests in flight may take to finish once we stop (a signal, or an embedded service that died). */
const DRAIN_MS = 10_000;
/** Past this, whatever is still stopping is abandoned: the orphan guards stop the embedded services. */
const FORCE_EXIT_MS = 30_000;

let config: AppConfig;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(err.message + '\n');
  process.exit(1);
}

let app: NestExpressApplication | undefined;
let infra: Infrastructure | undefined;
let drain: HttpDrain | undefined;
let stopping = false;
let started: Promise<void> = Promise.resolve();

/**
 * The one way out, whatever the cause: new requests get 503 (so does /readyz), requests in flight get up to
 * DRAIN_MS to finish, then the app and the embedded services stop and the process exits with exitCode (non-zero
 * when something failed, so that a supervisor restarts it).
 */
function shutdown(reason: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  log(exitCode === 0 ? 'info' : 'error', reason);
  setTimeout(() => {
    log('error', `Shutdown did not finish within ${FORCE_EXIT_MS / 1000} s; exiting`);
    process.exit(1);
  }, FORCE_EXIT_MS).unref();
  void (async () => {
    await started.catch(() => undefined);
    const cut = (await drain?.drain(DRAIN_MS)) ?? 0;
    if (cut > 0) log('error', `${cut} request(s) still running after ${DRAIN_MS / 1000} s were cut`);
    await app?.close().catch(() => undefined);
    await infra?.stop();
  })().finally(() => process.exit(exitCode));
}

if (config.webConcurrency > 1 && cluster.isPrimary) {
  // Several HTTP workers on one port: this process starts the embedded services and supervises them.
  runClusterPrimary(config, log);
} else {
  serve();
}

/** This process serves HTTP: alone, or as one of the cluster's workers (with the services' addresses in its env). */
function serve() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second Ctrl-C is a person who will not wait. A SIGTERM meanwhile is a tool (node --watch, a supervisor)
      // relaying the same request, and the shutdown is bounded anyway.
      if (stopping && signal === 'SIGINT') {
        log('error', 'SIGINT again: exiting without waiting (the embedded services are stopped by their guards)');
        process.exit(1);
      }
      shutdown(`${signal}: shutting down`, 0);
    });
  }
  process.on('uncaughtException', (err) => shutdown(`Uncaught error: ${err.stack ?? err.message}`, 1));
  process.on('unhandledRejection', (err) => shutdown(`Unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, 1));

  started = (async () => {
    try {
      infra = await startInfrastructure(
        config,
        { info: (m) => log('info', m), error: (m) => log('error', m) },
        // Drain then exit non-zero rather than restarting the service in-process: see "Operations" in the README.
        { onServiceExit: () => shutdown('Draining requests in flight, then exiting', 1) },
      );
      if (stopping) return;
      if (config.demo && config.nodeEnv === 'production') {
        log(
          'warn',
          'DEMO_ALLOW_PRODUCTION=1: seeding the demo community, whose accounts (an admin among them) sign in with the password published in the README',
        );
      }
      app = await createApp(config, infra);
      if (config.demo) {
        await app.init();
        await app.get(DemoSeeder).seedIfEmpty();
      }
      await app.listen(config.port, config.host);
      drain = installHttpDrain(app.getHttpServer() as Server);
    } catch (err) {
      if (err instanceof DataDirInUseError) {
        process.stderr.write(err.message + '\n');
        process.exit(1);
      }
      if (stopping) return;
      stopping = true;
      log('error', `Start failed: ${err instanceof Error ? err.message : String(err)}`);
      await app?.close().catch(() => undefined);
      await infra?.stop();
      process.exit(1);
    }
    if (stopping) return;
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    // A cluster worker: the primary says it once all of them listen.
    if (process.env.THREADLINE_CLUSTER_WORKER === '1') return;
    log('info', `Threadline is running at http://${host}:${port}/`);
    process.stdout.write(`\n  Threadline is ready: http://${host}:${port}/\n\n`);
  })();
}
