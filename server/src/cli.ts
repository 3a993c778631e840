import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from './bootstrap';
import { consoleProgress, formatImportReport, StackExchangeImporter } from './modules/imports/stackexchange/se-importer';
import { findSiteFolders, SeDumpError } from './modules/imports/stackexchange/se-parser';
import { loadConfig } from './platform/config/app-config';
import { repoRoot } from './platform/config/repo-root';
import { startInfrastructure } from './platform/embedded/infrastructure';
import { printAppSchema } from './platform/graphql/print-schema';
import { SearchReindexService } from './modules/search/search-reindex.service';
import { SingleBar, Presets } from 'cli-progress';

const quiet = { info: () => undefined, error: (m: string) => process.stderr.write(m + '\n') };

/** Boots the app (embedded services when no URLs are set), runs one command, and stops. */
async function withApp<T>(fn: (app: Awaited<ReturnType<typeof createApp>>) => Promise<T>): Promise<T> {
  // Commands never drain the search outbox themselves: the running app (or its worker) does, in order.
  const config = { ...loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SEARCH_SYNC: '0' }) };
  const infra = await startInfrastructure(config, quiet);
  const app = await createApp(config, infra);
  try {
    await app.init();
    return await fn(app);
  } finally {
    await app.close();
    await infra.stop();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  /** Writes server/schema.graphql, the committed contract the web app's types are generated from. */
  async schema() {
    await withApp(async (app) => {
      const file = join(repoRoot(), 'server', 'schema.graphql');
      writeFileSync(file, printAppSchema(app.get(GraphQLSchemaHost)));
      process.stdout.write(`Wrote ${file}\n`);
    });
  },
  /** Imports Stack Exchange dump folders: `import <site folder | folder of site folders> ...`. */
  async import(args) {
    let sites: string[];
    try {
      sites = findSiteFolders(args);
    } catch (err) {
      if (!(err instanceof SeDumpError)) throw err;
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    await withApp(async (app) => {
      const report = await app.get(StackExchangeImporter).importSites(sites, consoleProgress());
      process.stdout.write(`${formatImportReport(report)}\n`);
    });
  },
  /** Rebuilds the search index from PostgreSQL into a fresh index and swaps it in atomically. */
  async reindex() {
    await withApp(async (app) => {
      const bar = new SingleBar(
        { format: 'Reindexing threads [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left', noTTYOutput: true, notTTYSchedule: 2000 },
        Presets.shades_classic,
      );
      const result = await app.get(SearchReindexService).reindex({
        start: (total) => bar.start(total, 0),
        update: (done) => bar.update(done),
        stop: () => bar.stop(),
      });
      process.stdout.write(`Search index rebuilt: ${result.threads} threads read, ${result.documents} documents (hidden threads have none)\n`);
    });
  },
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`Usage: cli <${Object.keys(commands).join('|')}> [args]\n`);
    process.exit(2);
  }
  await command(args);
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write((err instanceof Error ? err.message : String(err)) + '\n');
    process.exit(1);
  },
);
