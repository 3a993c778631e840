import 'reflect-metadata';
import { createApp } from './bootstrap';
import { DemoSeeder } from './modules/demo/demo-seeder';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { startInfrastructure } from './platform/embedded/infrastructure';

const log = (level: 'info' | 'error', msg: string) =>
  process.stdout.write(JSON.stringify({ level: level === 'info' ? 30 : 50, time: Date.now(), msg }) + '\n');

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(1);
    }
    throw err;
  }
  const infra = await startInfrastructure(config, { info: (m) => log('info', m), error: (m) => log('error', m) });
  let app;
  try {
    app = await createApp(config, infra);
    if (config.demo) {
      await app.init();
      await app.get(DemoSeeder).seedIfEmpty();
    }
    await app.listen(config.port, config.host);
  } catch (err) {
    log('error', `Start failed: ${err instanceof Error ? err.message : String(err)}`);
    await app?.close().catch(() => undefined);
    await infra.stop();
    process.exit(1);
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log('info', `Threadline is running at http://${host}:${port}/`);
  process.stdout.write(`\n  Threadline is ready: http://${host}:${port}/\n\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log('info', `${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close().catch(() => undefined);
    await infra.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main().catch((err) => {
  log('error', err instanceof Error ? err.message : String(err));
  process.exit(1);
});
